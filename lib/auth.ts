// Authentication (next-auth v4, JWT sessions) and the guards every protected action, query and
// handler starts with. The session carries only id, handle, role and a session version; the
// database is asked again on every request, so a ban, a role change or a password change takes
// effect at once.
import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { cache } from 'react'
import { getServerSession, type NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import type { Provider } from 'next-auth/providers/index'
import { ForbiddenError, RateLimitedError, UnauthorizedError } from './api/errors'
import { noteLoginRefusal, signInWithThrottle } from './accounts/throttle'
import { clientIp } from './http/client-ip'
import { isStorableText } from './http/storable-text'
import { OAUTH_CONSENT_COOKIE, findOrCreateOAuthUser, hasOAuthLink } from './accounts/oauth'
import { canParticipate, isAdmin, isModerator } from './accounts/policies'
import { authSecret } from './accounts/secret'
import { db } from './db'
import { isDatabaseUnavailable } from './db-errors'
import { env, type Env } from './env'
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

/** GitHub and Google sign-in, each only when its client id and secret are configured. */
export function oauthProviders(config: Pick<Env, 'GITHUB_CLIENT_ID' | 'GITHUB_CLIENT_SECRET' | 'GOOGLE_CLIENT_ID' | 'GOOGLE_CLIENT_SECRET'> = env): Provider[] {
  const providers: Provider[] = []
  if (config.GITHUB_CLIENT_ID && config.GITHUB_CLIENT_SECRET) {
    providers.push(GitHubProvider({ clientId: config.GITHUB_CLIENT_ID, clientSecret: config.GITHUB_CLIENT_SECRET }))
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(GoogleProvider({ clientId: config.GOOGLE_CLIENT_ID, clientSecret: config.GOOGLE_CLIENT_SECRET }))
  }
  return providers
}

/** The configured OAuth providers as { id, name }, for sign-in buttons. */
export function oauthProviderList(): { id: string; name: string }[] {
  return oauthProviders().map((provider) => ({ id: provider.id, name: provider.name }))
}

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret()
  },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/signin', error: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Handle or email',
      credentials: { login: { label: 'Handle or email', type: 'text' }, password: { label: 'Password', type: 'password' } },
      // Every credentials check in the app passes here, whatever the transport: the throttle
      // counts it here (lib/accounts/throttle.ts).
      async authorize(credentials, request) {
        if (!credentials?.login || !credentials.password) return null
        if (credentials.login.length > 254 || credentials.password.length > 1024) return null
        // A login PostgreSQL cannot compare (a NUL) names no account.
        if (!isStorableText(credentials.login)) return null
        try {
          return await signInWithThrottle(credentials.login, credentials.password, clientIp(new Headers(request?.headers as HeadersInit | undefined)))
        } catch (error) {
          if (error instanceof RateLimitedError) noteLoginRefusal(error)
          throw error
        }
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ account }) {
      if (account?.type !== 'oauth') return true
      // A first OAuth sign-in creates an account: only after the sign-up form's consent.
      if (await hasOAuthLink(account.provider, account.providerAccountId)) return true
      const { cookies } = await import('next/headers')
      return (await cookies()).has(OAUTH_CONSENT_COOKIE) ? true : '/signup?consent=required'
    },
    async jwt({ token, user, account, profile }) {
      if (account?.type === 'oauth') {
        const member = await findOrCreateOAuthUser(account.provider, account.providerAccountId, profile ?? {})
        return { sub: member.id, handle: member.handle, role: member.role, sv: member.sessionVersion }
      }
      if (user) {
        return { sub: user.id, handle: user.handle, role: user.role, sv: user.sessionVersion }
      }
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
  const session = await sessionLookup.run(lookup, () => getServerSession(authOptions))
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

/** Signed in, whatever their status (reading members-only content, settings, export). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser()
  if (!user) throw new UnauthorizedError()
  return user
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
  if (!isModerator(user)) throw new ForbiddenError('Moderators only')
  if (!canParticipate(user)) throw new ForbiddenError(STAFF_SUSPENDED_MESSAGE)
  return user
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser()
  if (!isAdmin(user)) throw new ForbiddenError('Admins only')
  if (!canParticipate(user)) throw new ForbiddenError(STAFF_SUSPENDED_MESSAGE)
  return user
}
