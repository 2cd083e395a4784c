import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { decodeCursor } from '@/lib/discovery/cursor'
import { PINNED_SHOWN, getFacets, listFeedStories, listPinnedStories, listStories, resolveFilters, type ResolvedFilters } from '@/lib/discovery/queries'
import { storyFilterSchema } from '@/lib/discovery/schemas'
import { createStory, createTag, createUser } from '../../factories'

const HOUR = 3600 * 1000
const NOW = new Date()
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR)

async function filters(input: Record<string, unknown>): Promise<ResolvedFilters> {
  return resolveFilters(storyFilterSchema.parse(input))
}
async function ids(input: Record<string, unknown>): Promise<number[]> {
  return (await listStories(null, await filters(input), { limit: 50, now: NOW })).stories.map((s) => s.id)
}

// acne+lgg helped (newest), acne+lgg no change, eczema+zinc helped, acne+zinc worse (oldest),
// a discussion, a hidden story and a members-only one.
let acne: { id: number; slug: string }
let eczema: { id: number; slug: string }
let lgg: { id: number; slug: string }
let zinc: { id: number; slug: string }
const s: Record<string, number> = {}

beforeAll(async () => {
  const author = await createUser()
  acne = await createTag({ slug: 'acne', name: 'Acne', synonyms: ['pimples'] })
  eczema = await createTag({ slug: 'eczema', name: 'Eczema', synonyms: ['atopic dermatitis'] })
  lgg = await createTag({ kind: 'INTERVENTION', slug: 'lactobacillus-rhamnosus-gg', name: 'LGG', synonyms: ['lgg'] })
  zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc', name: 'Zinc' })
  const story = async (name: string, hoursAgo: number, extra: Parameters<typeof createStory>[0] extends infer T ? Partial<T> : never) =>
    (s[name] = (await createStory({ authorId: author.id, createdAt: ago(hoursAgo), ...extra })).id)
  await story('acneLggHelped', 1, { conditions: [acne], tried: [{ tag: lgg, outcome: 'HELPED_A_LOT' }] })
  await story('acneLggNoChange', 30, { conditions: [acne], tried: [{ tag: lgg, outcome: 'NO_CHANGE' }] })
  await story('eczemaZincHelped', 24 * 10, { conditions: [eczema], tried: [{ tag: zinc, outcome: 'HELPED' }] })
  await story('acneZincWorse', 24 * 40, { conditions: [acne], tried: [{ tag: zinc, outcome: 'WORSE' }] })
  await story('discussion', 2, { kind: 'DISCUSSION', conditions: [acne] })
  await story('hidden', 3, { status: 'HIDDEN', conditions: [acne] })
  await story('membersOnly', 24 * 400, { visibility: 'MEMBERS', conditions: [eczema] })
  // Replies bump "active"; helpful reactions order "top".
  await db.post.update({ where: { id: s.acneZincWorse }, data: { lastActivityAt: ago(0.5), helpfulCount: 2 } })
  await db.post.update({ where: { id: s.eczemaZincHelped }, data: { helpfulCount: 9 } })
})

describe('listStories filters', () => {
  it('lists visible stories newest first by default, leaving out hidden posts and discussions', async () => {
    expect(await ids({})).toEqual([s.acneLggHelped, s.acneLggNoChange, s.eczemaZincHelped, s.acneZincWorse, s.membersOnly])
  })

  it('filters by a condition', async () => {
    expect(await ids({ tag: ['acne'] })).toEqual([s.acneLggHelped, s.acneLggNoChange, s.acneZincWorse])
  })

  it('filters by an intervention', async () => {
    expect(await ids({ tag: ['zinc'] })).toEqual([s.eczemaZincHelped, s.acneZincWorse])
  })

  it('combines tags with AND', async () => {
    expect(await ids({ tag: ['acne', 'zinc'] })).toEqual([s.acneZincWorse])
    expect(await ids({ tag: ['eczema', 'lactobacillus-rhamnosus-gg'] })).toEqual([])
  })

  it('resolves synonyms, case and hyphens alike', async () => {
    const resolved = await filters({ tag: ['Atopic-Dermatitis', 'LGG', 'pimples'] })
    expect(resolved.tag).toEqual(['eczema', 'lactobacillus-rhamnosus-gg', 'acne'])
    expect(resolved.unknownTags).toEqual([])
    expect(await ids({ tag: ['pimples', 'lgg'] })).toEqual([s.acneLggHelped, s.acneLggNoChange])
  })

  it('matches nothing for an unknown tag rather than dropping the filter', async () => {
    const resolved = await filters({ tag: ['acne', 'unicorn-tears'] })
    expect(resolved.unknownTags).toEqual(['unicorn-tears'])
    expect((await listStories(null, resolved)).stories).toEqual([])
  })

  it('filters by outcome: the story where LGG helped acne', async () => {
    expect(await ids({ tag: ['acne', 'lgg'], outcome: 'helped' })).toEqual([s.acneLggHelped])
    expect(await ids({ tag: ['lgg'], outcome: 'no-change' })).toEqual([s.acneLggNoChange])
    // Without a chosen intervention, any intervention with that outcome counts.
    expect(await ids({ outcome: 'helped' })).toEqual([s.acneLggHelped, s.eczemaZincHelped])
    expect(await ids({ tag: ['acne'], outcome: 'worse' })).toEqual([s.acneZincWorse])
  })

  it('filters by kind', async () => {
    expect(await ids({ kind: 'discussion' })).toEqual([s.discussion])
    expect(await ids({ kind: 'all', tag: ['acne'] })).toEqual([s.acneLggHelped, s.discussion, s.acneLggNoChange, s.acneZincWorse])
    expect(await ids({ kind: 'question' })).toEqual([])
  })

  it('filters by time window', async () => {
    expect(await ids({ t: 'day' })).toEqual([s.acneLggHelped])
    expect(await ids({ t: 'week' })).toEqual([s.acneLggHelped, s.acneLggNoChange])
    expect(await ids({ t: 'month' })).toEqual([s.acneLggHelped, s.acneLggNoChange, s.eczemaZincHelped])
    expect(await ids({ t: 'year' })).toEqual([s.acneLggHelped, s.acneLggNoChange, s.eczemaZincHelped, s.acneZincWorse])
  })

  it('sorts by last activity', async () => {
    expect(await ids({ sort: 'active' })).toEqual([s.acneZincWorse, s.acneLggHelped, s.acneLggNoChange, s.eczemaZincHelped, s.membersOnly])
  })

  it('sorts by helpful reactions, within a window too', async () => {
    expect((await ids({ sort: 'top' })).slice(0, 2)).toEqual([s.eczemaZincHelped, s.acneZincWorse])
    expect(await ids({ sort: 'top', t: 'month' })).toEqual([s.eczemaZincHelped, s.acneLggNoChange, s.acneLggHelped])
  })

  it('shows anonymous visitors only an excerpt of members-only stories', async () => {
    const page = await listStories(null, await filters({ tag: ['eczema'] }))
    expect(page.stories.find((story) => story.id === s.membersOnly)?.membersOnly).toBe(true)
  })
})

describe('keyset pagination', () => {
  it.each(['new', 'active', 'top'] as const)('walks every %s page without duplicates or gaps while stories arrive', async (sort) => {
    const author = await createUser()
    const tag = await createTag({ kind: 'CONDITION' })
    const made: number[] = []
    for (let i = 0; i < 7; i++) {
      // Two stories per timestamp and helpful count: ties are broken by id.
      made.push((await createStory({ authorId: author.id, conditions: [tag], createdAt: ago(100 + Math.floor(i / 2)) })).id)
    }
    await db.post.updateMany({ where: { id: { in: made } }, data: { helpfulCount: 3 } })
    const resolved = await filters({ tag: [tag.slug], sort })
    const seen: number[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await listStories(null, resolved, { limit: 3, cursor: cursor ? decodeCursor(cursor)! : undefined, now: NOW })
      seen.push(...page.stories.map((story) => story.id))
      cursor = page.nextCursor
      pages++
      // A new story arriving mid-walk must not shift the pages already handed out.
      if (pages === 1) await createStory({ authorId: author.id, conditions: [tag], createdAt: new Date() })
    } while (cursor)
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toEqual(expect.arrayContaining(made))
    // Newer than the first page, it belongs before it; by helpful count (0), after the rest.
    expect(seen.length).toBe(sort === 'top' ? made.length + 1 : made.length)
  })

  it('has no next cursor on the last page', async () => {
    const page = await listStories(null, await filters({ tag: ['acne', 'zinc'] }))
    expect(page.nextCursor).toBeNull()
  })
})

describe('facets', () => {
  it('counts tags over the current result set', async () => {
    const facets = await getFacets(await filters({ tag: ['acne'] }), NOW)
    const count = (slug: string) => [...facets.conditions, ...facets.interventions].find((f) => f.slug === slug)?.count
    expect(count('acne')).toBe(3)
    expect(count('lactobacillus-rhamnosus-gg')).toBe(2)
    expect(count('zinc')).toBe(1)
    expect(count('eczema')).toBe(0)
    expect(facets.conditions[0]).toMatchObject({ slug: 'acne', selected: true })
    expect(facets.sample).toBeNull()
  })
})

describe('feeds', () => {
  it('carry public visible stories only, per tag too', async () => {
    const all = (await listFeedStories()).map((story) => story.id)
    expect(all).toContain(s.acneLggHelped)
    expect(all).not.toContain(s.membersOnly)
    expect(all).not.toContain(s.hidden)
    expect((await listFeedStories(zinc.id)).map((story) => story.id)).toEqual([s.eczemaZincHelped, s.acneZincWorse])
  })
})

describe('listPinnedStories', () => {
  it('lists pinned stories that are visible and undeleted, newest first, at most PINNED_SHOWN', async () => {
    const author = await createUser()
    const pin = async (hoursAgo: number, extra: { status?: 'HIDDEN'; deleted?: boolean } = {}) => {
      const { id } = await createStory({ authorId: author.id, createdAt: ago(hoursAgo), status: extra.status })
      await db.post.update({ where: { id }, data: { pinned: true, deletedAt: extra.deleted ? NOW : null } })
      return id
    }
    const older = await pin(50)
    await pin(5, { status: 'HIDDEN' })
    await pin(6, { deleted: true })
    const newer = await pin(10)
    expect((await listPinnedStories(null)).map((story) => story.id)).toEqual([newer, older])
    for (let i = 0; i < PINNED_SHOWN; i++) await pin(20 + i)
    const shown = await listPinnedStories(null)
    expect(shown).toHaveLength(PINNED_SHOWN)
    expect(shown[0]!.id).toBe(newer)
  })
})
