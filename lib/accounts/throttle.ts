// Sign-in throttling where the password is checked (next-auth's credentials `authorize`), so a
// form post, a JSON post and anything else that reaches the check count alike. The limits are in
// limits.ts. Each attempt takes its points *before* the password is checked, in one atomic
// increment per counter (memory or Redis), and gets them back on success: parallel attempts
// cannot slip past a limit between a check and a count. Unknown accounts are counted like real
// ones, under the login they were tried with, so the answers never tell which accounts exist.
import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import { RateLimitedError, handleApiError } from '../api/errors'
import { db } from '../db'
import { consume, refund, reset } from '../rate-limit'
import { type AuthenticatedUser, verifyCredentials } from './credentials'
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT, minutesFrom } from './limits'

/** The same account whether it is typed as its handle or its email. */
export async function loginAccountKey(login: string): Promise<string> {
  const key = login.trim().toLowerCase()
  if (!key) return 'login:'
  const user = await db.user.findFirst({
    where: key.includes('@') ? { email: key } : { handleKey: key },
    select: { id: true },
  })
  return user ? `user:${user.id}` : `login:${key.slice(0, 254)}`
}

export function loginThrottledError(retryAfterSeconds: number): RateLimitedError {
  return new RateLimitedError(
    retryAfterSeconds,
    `Too many failed sign-in attempts. For your safety, please wait ${minutesFrom(retryAfterSeconds)} and try again, or reset your password.`,
  )
}

/**
 * Checks a login and password under the limits: the user on success, null for wrong credentials,
 * and a RateLimitedError thrown (before any password is checked) when over a limit.
 */
export async function signInWithThrottle(login: string, password: string, ip: string): Promise<AuthenticatedUser | null> {
  const accountKey = await loginAccountKey(login)
  const sourceKey = `${accountKey}|${ip}`
  const source = await consume(LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT, sourceKey)
  if (!source.allowed) throw loginThrottledError(source.retryAfterSeconds)
  const address = await consume(LOGIN_FAILURES_PER_IP, ip)
  if (!address.allowed) {
    await refund(LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT, sourceKey)
    throw loginThrottledError(address.retryAfterSeconds)
  }
  const account = await consume(LOGIN_FAILURES_PER_ACCOUNT, accountKey)
  const firstTryFromThisSource = source.remaining === LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT.points - 1
  if (!account.allowed && !firstTryFromThisSource) {
    await Promise.all([refund(LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT, sourceKey), refund(LOGIN_FAILURES_PER_IP, ip)])
    throw loginThrottledError(Math.min(account.retryAfterSeconds, LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT.durationSeconds))
  }

  const user = await verifyCredentials(login, password)
  if (user) {
    // Not a failure after all: the source starts afresh, the other counters get this point back.
    await Promise.all([
      reset(LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT, sourceKey),
      refund(LOGIN_FAILURES_PER_IP, ip),
      refund(LOGIN_FAILURES_PER_ACCOUNT, accountKey),
    ])
  }
  return user
}

/** A password reset proves the member owns the account: their own failures no longer count. */
export async function forgetLoginFailures(userId: string): Promise<void> {
  await reset(LOGIN_FAILURES_PER_ACCOUNT, `user:${userId}`)
}

// next-auth turns an error thrown by `authorize` into a redirect (form post) or a 401 with an
// error URL (JSON): neither says "wait". The attempt's scope carries the refusal back to the
// route handler, which answers 429 with Retry-After instead, for either transport.
const attemptScope = new AsyncLocalStorage<{ refusal?: RateLimitedError }>()

/** Called by `authorize` when signInWithThrottle refused the attempt. */
export function noteLoginRefusal(refusal: RateLimitedError): void {
  const scope = attemptScope.getStore()
  if (scope) scope.refusal = refusal
}

/** Runs next-auth's credentials callback; a refused attempt becomes 429 with Retry-After. */
export async function answerLoginAttempt(signIn: () => Promise<Response>): Promise<Response> {
  const scope: { refusal?: RateLimitedError } = {}
  const response = await attemptScope.run(scope, signIn)
  return scope.refusal ? handleApiError(scope.refusal) : response
}
