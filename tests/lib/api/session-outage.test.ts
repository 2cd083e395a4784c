// A member whose session cannot be checked because the database is down is told that (503), not
// "sign in" (401): next-auth turns any error in the jwt callback into "signed out".
// getServerSession runs next-auth's real session route (AuthHandler) on a real session cookie;
// only where the request comes from (next/headers, outside a request here) is replaced.
import { createRequire } from 'node:module'
import path from 'node:path'
import { encode } from 'next-auth/jwt'
import type { NextAuthOptions } from 'next-auth'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UnauthorizedError, handleApiError } from '@/lib/api/errors'
import { authSecret } from '@/lib/auth-secret'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { createMember } from '@/tests/factories'

// next-auth's package exports do not list its core: load it by file, as next-auth itself does.
const require = createRequire(import.meta.url)
const { AuthHandler } = require(path.join(path.dirname(require.resolve('next-auth')), 'core/index.js')) as {
  AuthHandler: (params: {
    options: NextAuthOptions
    req: { action: 'session'; method: 'GET'; cookies: Record<string, string>; headers: Record<string, string> }
  }) => Promise<{ body?: unknown; status?: number }>
}

const request = vi.hoisted(() => ({ sessionCookie: null as string | null }))
// What Prisma 7 throws for a model query with PostgreSQL stopped (tests/lib/db-errors.test.ts).
const outage = vi.hoisted(() => ({ error: null as Error | null }))

vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-auth')>()),
  // next-auth's own getServerSession (RSC form), with the cookie from `request`.
  getServerSession: vi.fn(async (options: NextAuthOptions) => {
    const cookies: Record<string, string> = request.sessionCookie ? { 'next-auth.session-token': request.sessionCookie } : {}
    const { body, status = 200 } = await AuthHandler({
      options: { ...options, providers: [] },
      req: { action: 'session', method: 'GET', cookies, headers: { host: 'localhost:3000' } },
    })
    if (body && typeof body !== 'string' && Object.keys(body).length && status === 200) return body
    return null
  }),
}))

vi.mock('@/lib/db', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/lib/db')>()
  const db = new Proxy(real.db, {
    get(target, key) {
      if (outage.error && key === 'user') {
        return {
          findUnique: async () => {
            throw outage.error
          },
        }
      }
      return Reflect.get(target, key)
    },
  })
  return { ...real, db }
})

const { getSessionUser, requireUser } = await import('@/lib/auth')
const { db } = await import('@/lib/db')

/** The cookie next-auth sets at sign-in. */
async function signedInAs(member: { id: string }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { handle: true, role: true, sessionVersion: true } })
  request.sessionCookie = await encode({ token: { sub: member.id, handle: user.handle, role: user.role, sv: user.sessionVersion }, secret: authSecret() })
}

function databaseStops() {
  outage.error = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
    name: 'PrismaClientKnownRequestError',
    code: 'P1001',
    meta: { modelName: 'User', driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 } } },
  })
}

afterEach(() => {
  outage.error = null
  request.sessionCookie = null
})

describe('a signed-in member during a database outage', () => {
  it('is signed in while the database is up (the stand-in request works)', async () => {
    const member = await createMember()
    await signedInAs(member)
    await expect(getSessionUser()).resolves.toMatchObject({ id: member.id })
  })

  it('gets the outage, which the API answers with 503, not "sign in"', async () => {
    const member = await createMember()
    await signedInAs(member)
    databaseStops()
    const error = await requireUser().then(() => null, (thrown: unknown) => thrown)
    expect(error).not.toBeInstanceOf(UnauthorizedError)
    expect(isDatabaseUnavailable(error)).toBe(true)
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(handleApiError(error).status).toBe(503)
  })

  it('is still signed in with the same cookie once the database is back', async () => {
    const member = await createMember()
    await signedInAs(member)
    databaseStops()
    await expect(getSessionUser()).rejects.toThrow()
    outage.error = null
    await expect(getSessionUser()).resolves.toMatchObject({ id: member.id })
  })

  it('a visitor without a session is still a visitor', async () => {
    databaseStops()
    await expect(getSessionUser()).resolves.toBeNull()
  })
})
