// Issue 12, finding 9: inputs that reached PostgreSQL or a second percent-decoding and answered
// 500. Each now gets a 4xx (or the page's not-found / its own message) with a clear message.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { GET as listStoriesApi } from '@/app/api/stories/route'
import { POST as postReplyApi } from '@/app/api/stories/[id]/comments/route'
import { GET as tagFeed } from '@/app/feeds/tags/[file]/route'
import CompareInsightsPage from '@/app/(forum)/insights/[condition]/compare/page'
import ProfilePage, { generateMetadata as profileMetadata } from '@/app/(forum)/u/[handle]/page'
import { SearchPageView } from '@/components/pages/search-page'
import { TagPageView, tagMetadata } from '@/components/pages/tag-page'
import { createComment } from '@/lib/comments/actions'
import { encodeCursor } from '@/lib/discovery/cursor'
import { db } from '@/lib/db'
import { UNSTORABLE_TEXT_MESSAGE } from '@/lib/http/storable-text'
import { createStory, createTag, createUser } from '../factories'
import { form, signInAs } from '../lib/stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../lib/stories/session')).nextAuthMock(importOriginal))
vi.mock('next/cache', async () => (await import('../lib/stories/session')).cacheMock)

const ORIGIN = 'http://localhost:3000'
const DAY = 86_400_000

/** What Next throws for notFound(): the page answers its not-found page with a 404. */
const NOT_FOUND = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) })

/** Every string in a rendered element tree's props, to find a message in it. */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node)
  else if (Array.isArray(node)) for (const child of node) texts(child, out)
  else if (node && typeof node === 'object' && 'props' in node) texts(Object.values((node as { props: object }).props), out)
  return out
}

async function member() {
  const user = await createUser()
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 } })
  return user
}

let storyId: number
beforeAll(async () => {
  const author = await member()
  const acne = await createTag({ slug: 'acne', name: 'Acne' })
  storyId = (await createStory({ authorId: author.id, conditions: [acne], title: 'Zinc helped my acne' })).id
})

beforeEach(() => signInAs(null))

describe('NUL bytes and broken Unicode never reach PostgreSQL', () => {
  it('GET /api/stories?tag=%00 is a 422 naming the tag field', async () => {
    for (const query of ['?tag=%00', '?tag=acne,zinc%00']) {
      const response = await listStoriesApi(new Request(`${ORIGIN}/api/stories${query}`))
      expect(response.status, query).toBe(422)
      expect(Object.entries((await response.json()).error.fields)).toContainEqual([expect.stringMatching(/^tag\.\d$/), [UNSTORABLE_TEXT_MESSAGE]])
    }
  })

  it('a reply with \\u0000 or a lone surrogate through the JSON API is a 422 on body, and nothing is stored', async () => {
    signInAs(await member())
    for (const body of ['zinc\u0000helped', 'half an emoji \ud83d here']) {
      const response = await postReplyApi(
        new Request(`${ORIGIN}/api/stories/${storyId}/comments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000', cookie: 'next-auth.session-token=x' },
          body: JSON.stringify({ body }),
        }),
        { params: Promise.resolve({ id: String(storyId) }) },
      )
      expect(response.status).toBe(422)
      expect((await response.json()).error.fields.body).toContain(UNSTORABLE_TEXT_MESSAGE)
    }
    expect(await db.comment.count({ where: { postId: storyId } })).toBe(0)
  })

  it('the reply form answers a \\u0000 body with a field message and keeps what was typed', async () => {
    signInAs(await member())
    const state = await createComment(idle, form({ postId: storyId, body: 'zinc\u0000helped' }))
    expect(state.fieldErrors?.body?.[0]).toBe(UNSTORABLE_TEXT_MESSAGE)
    expect(state.values?.body).toBe('zinc\u0000helped')
    expect(await db.comment.count({ where: { postId: storyId } })).toBe(0)
  })

  it('/search?q=zinc%00 shows a message instead of searching', async () => {
    const page = await SearchPageView({ searchParams: { q: 'zinc\u0000' }, viewer: null })
    expect(texts(page)).toContain(UNSTORABLE_TEXT_MESSAGE)
  })
})

describe('forged cursors', () => {
  it.each([
    ['a time past the year 9999', 'new', 8_640_000_000_000_000],
    ['a time before the year 1', 'new', -8_640_000_000_000_000],
    ['the year 10000', 'active', Date.parse('+010000-01-01T00:00:00Z')],
  ] as const)('GET /api/stories with %s is a 422 on cursor', async (_label, sort, key) => {
    const cursor = encodeCursor({ sort, key, id: 1 })
    const response = await listStoriesApi(new Request(`${ORIGIN}/api/stories?sort=${sort}&cursor=${cursor}`))
    expect(response.status).toBe(422)
    expect((await response.json()).error.fields.cursor).toEqual([expect.stringMatching(/cursor/)])
  })
})

describe('route params are decoded once, by Next', () => {
  it('/feeds/tags/%25.xml is a 404 for a tag that does not exist', async () => {
    const response = await tagFeed(new Request(`${ORIGIN}/feeds/tags/%25.xml`), { params: Promise.resolve({ file: '%.xml' }) })
    expect(response.status).toBe(404)
    expect((await response.json()).error.message).toBe('No such tag feed')
  })

  it('/tags/%25 and /tags/%00 answer the not-found page', async () => {
    for (const slug of ['%', '\u0000']) {
      await expect(tagMetadata(slug)).rejects.toEqual(NOT_FOUND)
      await expect(TagPageView({ slug, searchParams: {}, viewer: null })).rejects.toEqual(NOT_FOUND)
    }
  })

  it('/u/%25 and /u/%00 answer the not-found page', async () => {
    for (const handle of ['%', '%E0%A4%A', '\u0000']) {
      const params = Promise.resolve({ handle })
      expect(await profileMetadata({ params, searchParams: Promise.resolve({}) })).toEqual({ title: 'Member not found' })
      await expect(ProfilePage({ params, searchParams: Promise.resolve({}) })).rejects.toEqual(NOT_FOUND)
    }
  })

  it('/insights/%25/compare answers the not-found page', async () => {
    await expect(CompareInsightsPage({ params: Promise.resolve({ condition: '%' }), searchParams: Promise.resolve({}) })).rejects.toEqual(NOT_FOUND)
  })
})
