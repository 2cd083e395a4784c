// POST /api/stories/<id>/comments: the reply form's rules over JSON, plus the CSRF check.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { POST } from '@/app/api/stories/[id]/comments/route'
import { commentRateLimit } from '@/lib/comments/policies'
import { db } from '@/lib/db'
import { invalidateBannedTerms } from '@/lib/defences/banned-terms'
import { consume } from '@/lib/rate-limit'
import { createComment as seedComment, createStory, createUser } from '../../factories'
import { signInAs } from '../../lib/stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../../lib/stories/session')).nextAuthMock(importOriginal))
vi.mock('next/cache', async () => (await import('../../lib/stories/session')).cacheMock)

const DAY = 86_400_000
const ORIGIN = 'http://localhost:3000'

/** A browser-like request from the site itself; a header given as null is left out. */
function request(postId: number | string, payload: unknown, headers: Record<string, string | null> = {}) {
  const merged = { 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000', cookie: 'next-auth.session-token=x', ...headers }
  return POST(
    new Request(`${ORIGIN}/api/stories/${postId}/comments`, {
      method: 'POST',
      headers: Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== null),
      body: typeof payload === 'string' ? payload : JSON.stringify(payload),
    }),
    { params: Promise.resolve({ id: String(postId) }) },
  )
}

async function regular() {
  const user = await createUser()
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 } })
  return user
}

async function thread() {
  const author = await regular()
  return createStory({ authorId: author.id })
}

beforeEach(() => signInAs(null))

describe('POST /api/stories/[id]/comments', () => {
  it('posts a reply: 201 with its id, status and permalink, counted like the form’s', async () => {
    const story = await thread()
    const member = await regular()
    signInAs(member)
    const response = await request(story.id, { body: 'Zinc helped me too.' })
    expect(response.status).toBe(201)
    const json = await response.json()
    expect(json).toEqual({ id: expect.any(Number), status: 'VISIBLE', url: `/t/${story.id}?comment=${json.id}#comment-${json.id}` })
    expect(response.headers.get('location')).toBe(json.url)
    const comment = await db.comment.findUniqueOrThrow({ where: { id: json.id }, select: { authorId: true, body: true, status: true } })
    expect(comment).toEqual({ authorId: member.id, body: 'Zinc helped me too.', status: 'VISIBLE' })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(1)

    const answer = await request(story.id, { body: 'Which zinc?', parentId: json.id })
    expect(answer.status).toBe(201)
    const child = await db.comment.findUniqueOrThrow({ where: { id: (await answer.json()).id }, select: { parentId: true, depth: true } })
    expect(child).toEqual({ parentId: json.id, depth: 1 })
    expect(JSON.stringify(json)).not.toContain('@example.test')
  })

  it('holds a new account’s link for review: 201 PENDING', async () => {
    const story = await thread()
    signInAs(await createUser())
    const response = await request(story.id, { body: 'Buy it at https://zinc.example' })
    expect(response.status).toBe(201)
    expect((await response.json()).status).toBe('PENDING')
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(0)
  })

  it('answers 401 without a session', async () => {
    const story = await thread()
    const response = await request(story.id, { body: 'Hello' })
    expect(response.status).toBe(401)
    expect((await response.json()).error.code).toBe('unauthorized')
  })

  it('answers 403 to a suspended or banned member', async () => {
    const story = await thread()
    const suspended = await regular()
    await db.user.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED', suspendedUntil: new Date(Date.now() + DAY) } })
    signInAs(suspended)
    const response = await request(story.id, { body: 'Hello' })
    expect(response.status).toBe(403)
    expect((await response.json()).error.message).toMatch(/suspended/)
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('answers 404 for an unknown thread, a malformed id, and a thread the member cannot read', async () => {
    signInAs(await regular())
    expect((await request(999_999, { body: 'Hello' })).status).toBe(404)
    expect((await request('abc', { body: 'Hello' })).status).toBe(404)
    const author = await regular()
    const pending = await createStory({ authorId: author.id, status: 'PENDING' })
    expect((await request(pending.id, { body: 'Hello' })).status).toBe(404)
  })

  it('answers 422 with a message per field', async () => {
    const story = await thread()
    const other = await thread()
    const foreign = await seedComment({ postId: other.id, authorId: other.authorId! })
    signInAs(await regular())
    const cases: [unknown, string][] = [
      [{ body: '   ' }, 'body'],
      [{}, 'body'],
      [{ body: 42 }, 'body'],
      [{ body: 'x'.repeat(10_001) }, 'body'],
      [{ body: 'Hi', parentId: 'seven' }, 'parentId'],
      [{ body: 'Hi', parentId: foreign.id }, 'parentId'],
      ['{not json', '_'],
      [[1, 2], '_'],
    ]
    for (const [payload, field] of cases) {
      const response = await request(story.id, payload)
      expect(response.status, JSON.stringify(payload)).toBe(422)
      const json = await response.json()
      expect(json.error.code).toBe('invalid_request')
      expect(json.error.fields[field]?.[0], JSON.stringify(payload)).toEqual(expect.any(String))
    }
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('answers 422 on the body for a blocked word or a duplicate', async () => {
    await db.bannedTerm.create({ data: { kind: 'WORD', value: 'viagra' } })
    invalidateBannedTerms()
    const story = await thread()
    signInAs(await regular())
    const blocked = await (await request(story.id, { body: 'cheap viagra' })).json()
    expect(blocked.error.fields.body).toEqual(['Contains a blocked word: “viagra”'])
    expect((await request(story.id, { body: 'Same text' })).status).toBe(201)
    const duplicate = await request(story.id, { body: 'same   TEXT' })
    expect(duplicate.status).toBe(422)
    expect((await duplicate.json()).error.fields.body[0]).toMatch(/^You posted this same text/)
  })

  it('refuses cross-site requests that carry cookies (403)', async () => {
    const story = await thread()
    signInAs(await regular())
    expect((await request(story.id, { body: 'a' }, { origin: 'https://evil.example' })).status).toBe(403)
    expect((await request(story.id, { body: 'b' }, { origin: 'http://localhost:3001' })).status).toBe(403)
    expect((await request(story.id, { body: 'c' }, { origin: 'null' })).status).toBe(403)
    expect((await request(story.id, { body: 'd' }, { 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    const noOrigin = await request(story.id, { body: 'e' }, { origin: null })
    expect(noOrigin.status).toBe(403)
    expect((await noOrigin.json()).error.message).toMatch(/Origin/)
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
    // Without cookies no session can ride on the request (here the test's session stands in for a bearer of none).
    expect((await request(story.id, { body: 'g' }, { origin: null, cookie: null })).status).toBe(201)
    // A browser that omits Origin but says the request is same-origin.
    expect((await request(story.id, { body: 'h' }, { origin: null, 'sec-fetch-site': 'same-origin' })).status).toBe(201)
    // The same host with another scheme is another origin; a forwarded host counts only with
    // its scheme (server.mjs drops both unless a trusted proxy sent them).
    expect((await request(story.id, { body: 'i' }, { origin: 'https://localhost:3000' })).status).toBe(403)
    expect((await request(story.id, { body: 'j' }, { origin: 'https://whathelped.example', 'x-forwarded-host': 'whathelped.example' })).status).toBe(403)
    const proxied = await request(story.id, { body: 'f' }, { origin: 'https://whathelped.example', 'x-forwarded-host': 'whathelped.example', 'x-forwarded-proto': 'https' })
    expect(proxied.status).toBe(201)
  })

  it('answers 415 to a body that is not JSON', async () => {
    const story = await thread()
    signInAs(await regular())
    expect((await request(story.id, 'body=hello', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415)
  })

  it('answers 403 in a locked thread', async () => {
    const story = await thread()
    await db.post.update({ where: { id: story.id }, data: { locked: true } })
    signInAs(await regular())
    const response = await request(story.id, { body: 'Too late' })
    expect(response.status).toBe(403)
    expect((await response.json()).error.message).toMatch(/locked/)
  })

  it('answers 429 with Retry-After once over the hourly limit', async () => {
    const story = await thread()
    const member = await regular()
    const limit = commentRateLimit({ createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 })
    await consume(limit, member.id, limit.points)
    signInAs(member)
    const response = await request(story.id, { body: 'One too many' })
    expect(response.status).toBe(429)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await response.json()).error.message).toMatch(/replies in the last hour/)
  })
})
