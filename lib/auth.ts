// Authentication (next-auth v4, JWT sessions) and the guards every protected action, query and
// handler starts with. The session carries only id, handle, role and a session version; the
// database is asked again on every request, so a ban, a role change or a password change takes
// effect at once.
import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { cache } from 'react'
import { redirect } from 'next/navigation'
import { getServerSession, type NextAuthOptions } from 'next-auth'
import { ForbiddenError, UnauthorizedError } from './api/errors'
import { canParticipate, isAdmin, isModerator } from './roles'
import { authSecret } from './auth-secret'
import { db } from './db'
import { isDatabaseUnavailable } from './db-errors'
import { paths } from './paths'
import type { Role, UserStatus } from './generated/prisma/enums'
import type { Viewer } from './viewer'

const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600

declare module 'next-auth' {
  interface Session {
    user: { id: string; handle: string; role: Role }
  }
  interface User {
    handle: string
    role: Role
    sessionVersion: number
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    handle?: string
    role?: Role
    sv?: number
  }
}

/**
 * What reading a session needs: the secret, the cookie's lifetime and the callbacks that check a
 * token against the database on every use. Signing in (the providers, first OAuth sign-ins) is
 * the accounts feature's part, lib/accounts/auth-options.ts, built on these.
 */
export const sessionOptions: NextAuthOptions = {
  get secret() {
    return authSecret()
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: paths.signIn(), error: paths.signIn() },
  providers: [],
  callbacks: {
    async jwt({ token }) {
      // Every later use: the account must still exist with the same session version.
      if (!token.sub) return token
      let current
      try {
        current = await db.user.findUnique({ where: { id: token.sub }, select: { handle: true, role: true, sessionVersion: true } })
      } catch (error) {
        // next-auth turns any error here into "signed out" (and its session route clears the
        // cookie): a database outage must not sign members out. Keep the token, and tell
        // getSessionUser, which reports the outage instead of answering "nobody".
        if (!isDatabaseUnavailable(error)) throw error
        const lookup = sessionLookup.getStore()
        if (lookup) lookup.outage = error
        return token
      }
      if (!current || current.sessionVersion !== token.sv) return {}
      return { ...token, handle: current.handle, role: current.role }
    },
    session({ session, token }) {
      // Only id, handle and role ever leave the server: no email, name or image.
      if (!token.sub || !token.handle || !token.role) return { expires: session.expires } as typeof session
      return { expires: session.expires, user: { id: token.sub, handle: token.handle, role: token.role } }
    },
  },
}

export interface SessionUser {
  id: string
  handle: string
  role: Role
  status: UserStatus
  suspendedUntil: Date | null
}

// The jwt callback's channel back to getSessionUser, past next-auth (which swallows its errors).
const sessionLookup = new AsyncLocalStorage<{ outage?: unknown }>()

/** The signed-in user, checked against the database, once per request; null if none. Throws the
 * database's error when it cannot be reached (a 503, not "sign in"). */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const lookup: { outage?: unknown } = {}
  const session = await sessionLookup.run(lookup, () => getServerSession(sessionOptions))
  if (lookup.outage) throw lookup.outage
  const id = session?.user?.id
  if (!id) return null
  return db.user.findUnique({
    where: { id },
    select: { id: true, handle: true, role: true, status: true, suspendedUntil: true },
  })
})

/** Who is looking at the page, for read policies. */
export async function getViewer(): Promise<Viewer> {
  const user = await getSessionUser()
  return user ? { id: user.id, handle: user.handle, role: user.role } : null
}

/**
 * Signed in, whatever their status (reading members-only content, settings, export). Without
 * options it throws UnauthorizedError (actions and route handlers answer it); a page passes
 * `redirectTo`, its own path, and a visitor is sent to sign in and brought back there.
 */
export async function requireUser(options: { redirectTo?: string } = {}): Promise<SessionUser> {
  const user = await getSessionUser()
  if (user) return user
  if (options.redirectTo !== undefined) redirect(paths.signIn(options.redirectTo))
  throw new UnauthorizedError()
}

/** Signed in and allowed to post, comment, react and report (not suspended or banned). */
export async function requireParticipant(): Promise<SessionUser> {
  const user = await requireUser()
  if (!canParticipate(user)) {
    throw new ForbiddenError(
      user.status === 'BANNED'
        ? 'Your account is banned: you can read, but not post.'
        : `Your account is suspended${user.suspendedUntil ? ` until ${user.suspendedUntil.toUTCString()}` : ''}: you can read, but not post.`,
    )
  }
  return user
}

// A suspended or banned moderator or admin keeps the role, not its powers.
const STAFF_SUSPENDED_MESSAGE = 'Your account is suspended or banned: its moderation powers are paused.'

export async function requireModerator(): Promise<SessionUser> {
  const user = await requireUser()
  if (!isModerator(user)) throw new ForbiddenError('Only moderators can do this.')
  if (!canParticipate(user)) throw new ForbiddenError(STAFF_SUSPENDED_MESSAGE)
  return user
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser()
  if (!isAdmin(user)) throw new ForbiddenError('Only admins can change this.')
  if (!canParticipate(user)) throw new ForbiddenError(STAFF_SUSPENDED_MESSAGE)
  return user
}
