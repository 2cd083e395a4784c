// "Post"."tagIds" (decision 006): kept by triggers on "PostTag" through every way tags change,
// and the two plans of a tag-filtered list (a window of the newest rows, the GIN index) agree.
import { beforeAll, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { countFacets, listStories, resolveFilters, type ResolvedFilters } from '@/lib/discovery/queries'
import { storyFilterSchema } from '@/lib/discovery/schemas'
import { OUTCOME_FACT_STEP, storyListSql } from '@/lib/discovery/sql'
import { seedScale } from '@/prisma/seed/scale'
import { createStory, createTag, createUser } from '../../factories'

/** Posts whose "tagIds" differ from what their "PostTag" rows say (should be none). */
async function driftedPosts(): Promise<number[]> {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM "Post" p
    WHERE coalesce(p."tagIds", '{}') <> coalesce((
      SELECT array_agg(DISTINCT f ORDER BY f)
      FROM "PostTag" pt, unnest(post_tag_facts(pt."tagId", pt."tagKind", pt.outcome, pt."onlyChange")) AS f
      WHERE pt."postId" = p.id), '{}')`
  return rows.map((r) => r.id)
}

async function factsOf(postId: number): Promise<number[]> {
  return (await db.post.findUniqueOrThrow({ where: { id: postId }, select: { tagIds: true } })).tagIds
}

/** The plain tag ids in "tagIds" (without the outcome and "only change" facts). */
async function tagIdsOf(postId: number): Promise<number[]> {
  return (await factsOf(postId)).filter((f) => f > 0 && f < OUTCOME_FACT_STEP)
}

const HELPED = OUTCOME_FACT_STEP
const NO_CHANGE = 2 * OUTCOME_FACT_STEP
const WORSE = 3 * OUTCOME_FACT_STEP

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)

describe('"tagIds" follows the post\'s tags', () => {
  let author: { id: string }
  let acne: { id: number; slug: string }
  let rosacea: { id: number; slug: string }
  let zinc: { id: number; slug: string }
  let lgg: { id: number; slug: string }

  beforeAll(async () => {
    author = await createUser()
    acne = await createTag({ kind: 'CONDITION' })
    rosacea = await createTag({ kind: 'CONDITION' })
    zinc = await createTag({ kind: 'INTERVENTION' })
    lgg = await createTag({ kind: 'INTERVENTION' })
  })

  it('is set when a story is created with its tags, outcomes and "only change"', async () => {
    const story = await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }, { tag: lgg, outcome: 'WORSE' }] })
    expect(await factsOf(story.id)).toEqual(sorted([acne.id, zinc.id, lgg.id, zinc.id + HELPED, lgg.id + WORSE]))
    const only = await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED_A_LOT' }] })
    expect(await factsOf(only.id)).toEqual(sorted([-zinc.id, acne.id, zinc.id, zinc.id + HELPED]))
  })

  it('follows a moderator\'s tag edit (delete, insert and update in one transaction)', async () => {
    const story = await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }, { tag: lgg, outcome: 'HELPED' }] })
    await db.$transaction(async (tx) => {
      await tx.postTag.deleteMany({ where: { postId: story.id, tagId: { in: [acne.id, lgg.id] } } })
      await tx.postTag.createMany({ data: [{ postId: story.id, tagId: rosacea.id, tagKind: 'CONDITION' }] })
      await tx.postTag.updateMany({ where: { postId: story.id, tagKind: 'INTERVENTION' }, data: { onlyChange: true } })
    })
    expect(await tagIdsOf(story.id)).toEqual(sorted([rosacea.id, zinc.id]))
    // Zinc is now the only change.
    expect(await factsOf(story.id)).toContain(-zinc.id)
    expect(await driftedPosts()).toEqual([])
  })

  it('follows a follow-up\'s new outcome, a note, and a row moved to another tag', async () => {
    const story = await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'NO_CHANGE' }, { tag: lgg, outcome: 'WORSE' }] })
    await db.postTag.update({ where: { postId_tagId: { postId: story.id, tagId: zinc.id } }, data: { outcome: 'HELPED' } })
    expect(await factsOf(story.id)).toEqual(sorted([acne.id, zinc.id, lgg.id, zinc.id + HELPED, lgg.id + WORSE]))
    await db.postTag.update({ where: { postId_tagId: { postId: story.id, tagId: zinc.id } }, data: { note: 'capsules' } })
    expect(await factsOf(story.id)).toEqual(sorted([acne.id, zinc.id, lgg.id, zinc.id + HELPED, lgg.id + WORSE]))
    const moved = await createTag({ kind: 'INTERVENTION' })
    await db.postTag.update({ where: { postId_tagId: { postId: story.id, tagId: lgg.id } }, data: { tagId: moved.id, outcome: 'NO_CHANGE' } })
    expect(await factsOf(story.id)).toEqual(sorted([acne.id, zinc.id, moved.id, zinc.id + HELPED, moved.id + NO_CHANGE]))
  })

  it('drops a deleted tag from every post that had it', async () => {
    const doomed = await createTag({ kind: 'CONDITION' })
    const story = await createStory({ authorId: author.id, conditions: [doomed, acne] })
    await db.tag.delete({ where: { id: doomed.id } })
    expect(await tagIdsOf(story.id)).toEqual([acne.id])
  })

  it('agrees with "PostTag" for every post after all of the above, and after a bulk load', async () => {
    await seedScale(db, 60, () => {})
    expect(await driftedPosts()).toEqual([])
  }, 120_000)
})

describe('the two plans of a tag-filtered list', () => {
  const NOW = new Date()
  let common: { id: number; slug: string }
  let rare: { id: number; slug: string }
  let zinc: { id: number; slug: string }
  let lgg: { id: number; slug: string }
  const rareStories: number[] = []
  const onlyZinc: number[] = []

  const filters = async (input: Record<string, unknown>): Promise<ResolvedFilters> => resolveFilters(storyFilterSchema.parse(input))

  beforeAll(async () => {
    const author = await createUser()
    common = await createTag({ kind: 'CONDITION' })
    rare = await createTag({ kind: 'CONDITION' })
    zinc = await createTag({ kind: 'INTERVENTION' })
    lgg = await createTag({ kind: 'INTERVENTION' })
    // Oldest first: two old stories with the rare tag, then twelve newer ones without it.
    for (let i = 0; i < 14; i++) {
      const createdAt = new Date(NOW.getTime() - (100 - i) * 3600_000)
      const conditions = i < 2 ? [common, rare] : [common]
      // Zinc alone (the only change) on even stories, zinc with LGG on odd ones.
      const tried = i % 2 === 0 ? [{ tag: zinc, outcome: 'HELPED' as const }] : [{ tag: zinc, outcome: 'HELPED' as const }, { tag: lgg, outcome: 'HELPED' as const }]
      const story = await createStory({ authorId: author.id, conditions, tried, createdAt })
      if (i < 2) rareStories.unshift(story.id)
      if (i % 2 === 0) onlyZinc.unshift(story.id)
    }
  })

  it('finds rare tags beyond the window through the index, in the same order', async () => {
    const resolved = await filters({ tag: [common.slug, rare.slug] })
    // A window of 4 rows holds none of the two old matches: the index plan must find them.
    const page = await listStories(null, resolved, { limit: 5, now: NOW, windowRows: 4 })
    expect(page.stories.map((s) => s.id)).toEqual(rareStories)
    expect(page.nextCursor).toBeNull()
    const wide = await listStories(null, resolved, { limit: 5, now: NOW, windowRows: 1000 })
    expect(wide.stories.map((s) => s.id)).toEqual(rareStories)
  })

  it('pages a common tag through the window with the same rows as the index plan', async () => {
    const resolved = await filters({ tag: [common.slug, zinc.slug] })
    const byWindow = await listStories(null, resolved, { limit: 5, now: NOW, windowRows: 6 })
    const rows = await db.$queryRaw<{ id: number }[]>(storyListSql(resolved, { limit: 5, now: NOW, plan: { kind: 'index' } }))
    expect(byWindow.stories.map((s) => s.id)).toEqual(rows.map((r) => r.id))
    expect(byWindow.nextCursor).not.toBeNull()
  })

  it('"only change" keeps the stories where the chosen intervention was the only change', async () => {
    const resolved = await filters({ tag: [common.slug, zinc.slug], onlyChange: '1' })
    expect((await listStories(null, resolved, { limit: 20, now: NOW })).stories.map((s) => s.id)).toEqual(onlyZinc)
    // Together with an outcome; and without a chosen intervention, any only-change intervention counts.
    expect((await listStories(null, await filters({ tag: [common.slug, zinc.slug], onlyChange: '1', outcome: 'worse' }), { now: NOW })).stories).toEqual([])
    expect((await listStories(null, await filters({ tag: [common.slug], onlyChange: '1' }), { limit: 20, now: NOW })).stories.map((s) => s.id)).toEqual(onlyZinc)
  })

  it('counts facets over the matches, from "tagIds"', async () => {
    const counted = await countFacets(await filters({ tag: [common.slug, rare.slug] }), NOW)
    expect(counted.counts.get(rare.id)).toBe(2)
    expect(counted.counts.get(common.id)).toBe(2)
    expect(counted.counts.get(zinc.id)).toBe(2)
    expect(counted.counts.get(lgg.id)).toBe(1)
    expect(counted.sample).toBeNull()
  })
})
