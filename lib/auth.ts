// Authentication (next-auth v4, JWT sessions) and the guards every protected action, query and
// handler starts with. The session carries only id, handle, role and a session version; the
// database is asked again on every request, so a ban, a role change or a password change takes
// effect at once.
import 'server-only'
import { cache } from 'react'
import { getServerSession, type NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import type { Provider } from 'next-auth/providers/index'
import { ForbiddenError, UnauthorizedError } from './api/errors'
import { verifyCredentials } from './accounts/credentials'
import { OAUTH_CONSENT_COOKIE, findOrCreateOAuthUser, hasOAuthLink } from './accounts/oauth'
import { canParticipate, isAdmin, isModerator } from './accounts/policies'
import { authSecret } from './accounts/secret'
import { db } from './db'
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
      async authorize(credentials) {
        if (!credentials?.login || !credentials.password) return null
        if (credentials.login.length > 254 || credentials.password.length > 1024) return null
        return verifyCredentials(credentials.login, credentials.password)
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
      const current = await db.user.findUnique({ where: { id: token.sub }, select: { handle: true, role: true, sessionVersion: true } })
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

/** The signed-in user, checked against the database, once per request; null if none. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions)
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

export async function requireModerator(): Promise<SessionUser> {
  const user = await requireUser()
  if (!isModerator(user)) throw new ForbiddenError('Moderators only')
  return user
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser()
  if (!isAdmin(user)) throw new ForbiddenError('Admins only')
  return user
}
