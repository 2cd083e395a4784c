import { beforeAll, describe, expect, it } from 'vitest'
import { resolveFilters } from '@/lib/discovery/queries'
import { storyFilterSchema } from '@/lib/discovery/schemas'
import { searchStories, type SearchResult } from '@/lib/search/queries'
import { HIT_END, HIT_START, searchTextSchema, snippetParts } from '@/lib/search/schemas'
import { createComment, createStory, createTag, createUser } from '../../factories'

const member = { id: 'member', handle: 'member', role: 'MEMBER' as const }
const s: Record<string, number> = {}

async function search(text: string, filterInput: Record<string, unknown> = {}, viewer: typeof member | null = null): Promise<SearchResult> {
  return searchStories(viewer, searchTextSchema.parse(text), await resolveFilters(storyFilterSchema.parse({ kind: 'all', ...filterInput })))
}
function hitIds(result: SearchResult): number[] {
  if (!result.ok) throw new Error(result.message)
  return result.hits.map((h) => h.story.id)
}

beforeAll(async () => {
  const author = await createUser()
  const acne = await createTag({ slug: 'acne', name: 'Acne' })
  s.titleMatch = (await createStory({ authorId: author.id, title: 'Probiotics cleared my acne', body: 'It took three months of patience.', conditions: [acne] })).id
  s.bodyMatch = (await createStory({ authorId: author.id, title: 'Winter routine', body: 'I added a probiotic capsule to breakfast and my skin calmed down.' })).id
  s.phrase = (await createStory({ authorId: author.id, title: 'Fish oil notes', body: 'Taking fish oil every morning. Also oil cleansing, and more fish for dinner.' })).id
  s.reply = (await createStory({ authorId: author.id, title: 'Dairy experiment', body: 'Cut milk for six weeks.' })).id
  await createComment({ postId: s.reply, authorId: author.id, body: 'Did you try kefir as well? It has live cultures.' })
  s.members = (await createStory({ authorId: author.id, title: 'Private kefir diary', body: 'Kefir each day.', visibility: 'MEMBERS' })).id
  s.hidden = (await createStory({ authorId: author.id, title: 'Hidden probiotic story', status: 'HIDDEN' })).id
})

describe('searchStories', () => {
  it('ranks a title match above a body match (title weight A, body B)', async () => {
    expect(hitIds(await search('probiotic'))).toEqual([s.titleMatch, s.bodyMatch])
  })

  it('searches replies, and says so', async () => {
    const result = await search('kefir')
    expect(hitIds(result)).toEqual([s.reply])
    expect(result.ok && result.hits[0]?.matchedIn).toBe('comments')
    expect(result.ok && result.hits[0]?.snippet.find((p) => p.hit)?.text.toLowerCase()).toBe('kefir')
  })

  it('finds members-only stories for members only', async () => {
    expect(hitIds(await search('kefir', {}, member))).toEqual([s.members, s.reply])
  })

  it('understands quotes, or and -not', async () => {
    expect(hitIds(await search('"oil cleansing"'))).toEqual([s.phrase])
    expect(hitIds(await search('"cleansing oil"'))).toEqual([])
    expect(hitIds(await search('dairy or winter')).sort()).toEqual([s.bodyMatch, s.reply].sort())
    expect(hitIds(await search('probiotic -capsule'))).toEqual([s.titleMatch])
  })

  it('combines with the tag filters', async () => {
    expect(hitIds(await search('probiotic', { tag: ['acne'] }))).toEqual([s.titleMatch])
  })

  it('highlights the words in the title and the snippet', async () => {
    const result = await search('probiotics')
    if (!result.ok) throw new Error(result.message)
    expect(result.hits[0]?.title).toEqual([
      { text: 'Probiotics', hit: true },
      { text: ' cleared my acne', hit: false },
    ])
    expect(result.hits[1]?.snippet.filter((p) => p.hit).map((p) => p.text)).toEqual(['probiotic'])
  })

  it('answers words too common to search with a message, not an error', async () => {
    expect(await search('the and of')).toEqual({ ok: false, message: expect.stringMatching(/too common/) })
  })
})

describe('what a search accepts', () => {
  it.each([
    ['nothing', '   ', /Type a word/],
    ['10,000 characters', 'a'.repeat(10_000), /at most 200/],
    ['only symbols', '!!! %%% ***', /symbols alone/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const result = searchTextSchema.safeParse(text)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(message)
  })
})

describe('snippetParts', () => {
  it('splits highlights and drops markdown punctuation', () => {
    expect(snippetParts(`I took **${HIT_START}zinc${HIT_END}** [daily](https://x.test)`)).toEqual([
      { text: 'I took ', hit: false },
      { text: 'zinc', hit: true },
      { text: ' daily', hit: false },
    ])
  })

  it('keeps HTML as text for React to escape, and drops stray markers', () => {
    expect(snippetParts(`<script>alert(1)</script> ${HIT_END}x`)).toEqual([{ text: '<script>alert(1)</script> x', hit: false }])
  })
})
