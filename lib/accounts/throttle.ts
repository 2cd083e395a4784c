// Sign-in throttling around next-auth's credentials callback: after 5 failures for one account
// or 20 from one IP address within 15 minutes, attempts are refused with 429 and Retry-After
// before any password is checked. Unknown accounts are counted like real ones, under the login
// they were tried with, so the answers never tell which accounts exist.
import 'server-only'
import { RateLimitedError, handleApiError } from '../api/errors'
import { db } from '../db'
import { consume, peek, reset } from '../rate-limit'
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_IP, minutesFrom } from './limits'

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

/** Whether a sign-in attempt may go ahead now; throws RateLimitedError when not. */
export async function assertLoginAllowed(accountKey: string, ip: string): Promise<void> {
  const [account, address] = await Promise.all([peek(LOGIN_FAILURES_PER_ACCOUNT, accountKey), peek(LOGIN_FAILURES_PER_IP, ip)])
  if (!account.allowed || !address.allowed) {
    throw loginThrottledError(Math.max(account.retryAfterSeconds, address.retryAfterSeconds))
  }
}

export async function recordLoginFailure(accountKey: string, ip: string): Promise<void> {
  await Promise.all([consume(LOGIN_FAILURES_PER_ACCOUNT, accountKey), consume(LOGIN_FAILURES_PER_IP, ip)])
}

export async function recordLoginSuccess(accountKey: string): Promise<void> {
  await reset(LOGIN_FAILURES_PER_ACCOUNT, accountKey)
}

// next-auth answers a wrong password with 401 (and { url: …error=CredentialsSignin } for JSON).
const CREDENTIALS_REJECTED_STATUS = 401

/**
 * Runs a credentials sign-in (next-auth's callback handler) under the throttle: 429 when over a
 * limit, otherwise the handler's own response, counting a 401 as a failure and a 2xx as success.
 */
export async function withLoginThrottle(login: string, ip: string, signIn: () => Promise<Response>): Promise<Response> {
  const accountKey = await loginAccountKey(login)
  try {
    await assertLoginAllowed(accountKey, ip)
  } catch (error) {
    return handleApiError(error)
  }
  const response = await signIn()
  if (response.status === CREDENTIALS_REJECTED_STATUS) await recordLoginFailure(accountKey, ip)
  else if (response.ok) await recordLoginSuccess(accountKey)
  return response
}
