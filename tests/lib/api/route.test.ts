// withRoute (lib/api/route.ts), the one wrapper of every route handler: each guard, each parse
// failure (422 with the fields; 404 or 415 where the route says), each typed error to its status,
// Retry-After on 429 and 503 on a database outage. Guards run for real against the test database;
// only next-auth's session lookup is replaced.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ForbiddenError, InvalidFieldsError, NotFoundError, RateLimitedError } from '@/lib/api/errors'
import { withRoute } from '@/lib/api/route'
import { requireUser } from '@/lib/auth'
import { db } from '@/lib/db'
import { OUTAGE_RETRY_AFTER_SECONDS } from '@/lib/db-health.mjs'
import { paths } from '@/lib/paths'
import { createUser } from '../../factories'
import { RedirectSignal, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)

const ORIGIN = 'http://localhost:3000'
const ok = async () => Response.json({ ok: true })

function get(path = '/x', headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, { headers: { host: 'localhost:3000', ...headers } })
}

function post(payload: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/x`, {
    method: 'POST',
    headers: { host: 'localhost:3000', origin: ORIGIN, 'content-type': 'application/json', ...headers },
    body: payload,
  })
}

const noParams = { params: Promise.resolve({}) }

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } }).error
}

beforeEach(() => signInAs(null))

describe('withRoute guards', () => {
  it('lets anyone call an open route, and hands a signed-in member to an optional one', async () => {
    expect((await withRoute({}, ok)(get())).status).toBe(200)
    const seen: unknown[] = []
    const route = withRoute({ auth: 'optional' }, async ({ user }) => (seen.push(user?.id ?? null), Response.json({})))
    await route(get())
    const member = await createUser()
    signInAs(member)
    await route(get())
    expect(seen).toEqual([null, member.id])
  })

  it('answers 401 to an anonymous caller of a member or participant route', async () => {
    for (const auth of ['user', 'participant'] as const) {
      const response = await withRoute({ auth }, ok)(get())
      expect(response.status).toBe(401)
      expect((await errorOf(response)).code).toBe('unauthorized')
    }
  })

  it('lets a suspended member read their own data but not post (403)', async () => {
    const member = await createUser()
    await db.user.update({ where: { id: member.id }, data: { status: 'SUSPENDED', suspendedUntil: new Date(Date.now() + 86_400_000) } })
    signInAs(member)
    expect((await withRoute({ auth: 'user' }, ok)(get())).status).toBe(200)
    const refused = await withRoute({ auth: 'participant' }, ok)(get())
    expect(refused.status).toBe(403)
    expect((await errorOf(refused)).message).toMatch(/suspended/)
  })

  it('refuses a cross-site call with 403 before the guard or the handler runs', async () => {
    const handler = vi.fn(ok)
    const route = withRoute({ auth: 'participant', sameOrigin: true }, handler)
    const foreign = await route(get('/x', { origin: 'https://evil.example', cookie: 'next-auth.session-token=x' }))
    expect(foreign.status).toBe(403)
    expect((await errorOf(foreign)).message).toMatch(/Origin/)
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('withRoute parsing', () => {
  const params = z.object({ id: z.coerce.number().int().positive() })

  it('hands the parsed params, query and body to the handler', async () => {
    const route = withRoute(
      { params, query: z.object({ limit: z.coerce.number().max(50) }), body: z.object({ text: z.string() }) },
      async (context) => Response.json({ params: context.params, query: context.query, body: context.body }),
    )
    const request = new Request(`${ORIGIN}/x?limit=5`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"hi"}' })
    expect(await (await route(request, { params: Promise.resolve({ id: '7' }) })).json()).toEqual({ params: { id: 7 }, query: { limit: 5 }, body: { text: 'hi' } })
  })

  it('answers malformed params with 422 and the field, or 404 when the route says a bad path names nothing', async () => {
    const invalid = await withRoute({ params }, ok)(get(), { params: Promise.resolve({ id: 'abc' }) })
    expect(invalid.status).toBe(422)
    expect((await errorOf(invalid)).fields?.id?.[0]).toEqual(expect.any(String))
    const missing = await withRoute({ params, paramsNotFound: 'That thread does not exist.' }, ok)(get(), { params: Promise.resolve({ id: 'abc' }) })
    expect(missing.status).toBe(404)
    expect((await errorOf(missing)).message).toBe('That thread does not exist.')
  })

  it('answers a bad query with 422 and the field', async () => {
    const response = await withRoute({ query: z.object({ limit: z.coerce.number().max(50, 'At most 50') }) }, ok)(get('/x?limit=500'), noParams)
    expect(response.status).toBe(422)
    expect(await errorOf(response)).toEqual({ code: 'invalid_request', message: 'Some parameters are not valid', fields: { limit: ['At most 50'] } })
  })

  it('reads the query as the route says', async () => {
    const route = withRoute({ query: z.object({ tag: z.array(z.string()) }), readQuery: (search) => ({ tag: search.getAll('tag') }) }, async ({ query }) => Response.json(query))
    expect(await (await route(get('/x?tag=acne&tag=lgg'))).json()).toEqual({ tag: ['acne', 'lgg'] })
  })

  it('answers 415 to a body that is not JSON, 422 to malformed JSON and to invalid fields', async () => {
    const route = withRoute({ body: z.object({ text: z.string('Write something') }) }, ok)
    expect((await route(post('text=hi', { 'content-type': 'application/x-www-form-urlencoded' }))).status).toBe(415)
    const malformed = await route(post('{"text":'))
    expect(malformed.status).toBe(422)
    expect((await errorOf(malformed)).fields).toEqual({ _: ['The request body is not valid JSON'] })
    const invalid = await route(post('{}'))
    expect(invalid.status).toBe(422)
    expect((await errorOf(invalid)).fields).toEqual({ text: ['Write something'] })
  })
})

describe('withRoute errors', () => {
  const throwing = (error: unknown) => withRoute({}, async () => {
    throw error
  })

  it.each([
    [new NotFoundError('No such tag'), 404, 'not_found'],
    [new ForbiddenError('Locked'), 403, 'forbidden'],
    [InvalidFieldsError.field('body', 'Contains a blocked word'), 422, 'invalid_request'],
  ])('answers %s with its status', async (error, status, code) => {
    const response = await throwing(error)(get())
    expect(response.status).toBe(status)
    expect((await errorOf(response)).code).toBe(code)
  })

  it('answers a refusal by field with the field', async () => {
    expect((await errorOf(await throwing(InvalidFieldsError.field('body', 'Contains a blocked word'))(get()))).fields).toEqual({ body: ['Contains a blocked word'] })
  })

  it('answers a rate limit with 429 and Retry-After in whole seconds', async () => {
    const response = await throwing(new RateLimitedError(12.2, 'You have posted 60 replies in the last hour.'))(get())
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('13')
  })

  it('answers a database outage with 503 and Retry-After, and a bug with a generic 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: 'P1001' })
    const unavailable = await throwing(outage)(get())
    expect(unavailable.status).toBe(503)
    expect(unavailable.headers.get('Retry-After')).toBe(String(OUTAGE_RETRY_AFTER_SECONDS))
    const bug = await throwing(new Error('relation "Secret" does not exist'))(get())
    expect(bug.status).toBe(500)
    expect(JSON.stringify(await bug.json())).not.toContain('Secret')
    log.mockRestore()
  })
})

describe('requireUser', () => {
  it('throws for an action or an API, and sends a page’s visitor to sign in and back', async () => {
    await expect(requireUser()).rejects.toMatchObject({ name: 'UnauthorizedError' })
    const redirect = await requireUser({ redirectTo: paths.bookmarks() }).catch((error: unknown) => error)
    expect(redirect).toBeInstanceOf(RedirectSignal)
    expect((redirect as RedirectSignal).url).toBe(paths.signIn(paths.bookmarks()))
    const member = await createUser()
    signInAs(member)
    expect((await requireUser({ redirectTo: paths.bookmarks() })).id).toBe(member.id)
  })
})
