// Signing in, for next-auth's route (app/api/auth/[...nextauth]): the credentials provider under
// the sign-in throttle, GitHub and Google when configured, and first OAuth sign-ins creating an
// account after the sign-up form's consent. Reading a session needs none of this: lib/auth.ts's
// sessionOptions, which these options extend.
import 'server-only'
import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import GitHubProvider from 'next-auth/providers/github'
import GoogleProvider from 'next-auth/providers/google'
import type { Provider } from 'next-auth/providers/index'
import { RateLimitedError } from '../api/errors'
import { sessionOptions } from '../auth'
import { env, type Env } from '../env'
import { clientIp } from '../http/client-ip'
import { isStorableText } from '../http/storable-text'
import { paths } from '../paths'
import { OAUTH_CONSENT_COOKIE, findOrCreateOAuthUser, hasOAuthLink } from './oauth'
import { noteLoginRefusal, signInWithThrottle } from './throttle'

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

const refreshToken = sessionOptions.callbacks!.jwt!

export const authOptions: NextAuthOptions = {
  // A getter, as in sessionOptions: the secret is read on use, never while a build imports this.
  get secret() {
    return sessionOptions.secret
  },
  session: sessionOptions.session,
  pages: sessionOptions.pages,
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
    ...sessionOptions.callbacks,
    async signIn({ account }) {
      if (account?.type !== 'oauth') return true
      // A first OAuth sign-in creates an account: only after the sign-up form's consent.
      if (await hasOAuthLink(account.provider, account.providerAccountId)) return true
      const { cookies } = await import('next/headers')
      return (await cookies()).has(OAUTH_CONSENT_COOKIE) ? true : paths.signUp(true)
    },
    async jwt(params) {
      const { user, account, profile } = params
      if (account?.type === 'oauth') {
        const member = await findOrCreateOAuthUser(account.provider, account.providerAccountId, profile ?? {})
        return { sub: member.id, handle: member.handle, role: member.role, sv: member.sessionVersion }
      }
      if (user) return { sub: user.id, handle: user.handle, role: user.role, sv: user.sessionVersion }
      return refreshToken(params)
    },
  },
}
