// Every account limit in one place, all through lib/rate-limit (memory, or Redis when REDIS_URL).
import type { RateLimit } from '../rate-limit'

const MINUTE = 60
const HOUR = 60 * MINUTE

// Sign-in failures, after OWASP's Authentication cheat sheet: strict for one source guessing at
// one account, strict for one source guessing at many, and a slower, higher ceiling for one
// account however many sources guess at it. Past that ceiling a source that has not failed
// against the account may still try (the member on their own device gets in); each other source
// gets one guess per window.
/** Failed sign-ins from one address for one account: a success resets it. */
export const LOGIN_FAILURES_PER_SOURCE_AND_ACCOUNT: RateLimit = { name: 'login-fail-source-account', points: 5, durationSeconds: 15 * MINUTE }
/** Failed sign-ins from one address, whatever the account. */
export const LOGIN_FAILURES_PER_IP: RateLimit = { name: 'login-fail-ip', points: 20, durationSeconds: 15 * MINUTE }
/** Failed sign-ins for one account, whatever the address. */
export const LOGIN_FAILURES_PER_ACCOUNT: RateLimit = { name: 'login-fail-account', points: 50, durationSeconds: 24 * HOUR }
/** Sign-up attempts per IP address. */
export const SIGNUPS_PER_IP: RateLimit = { name: 'signup-ip', points: 5, durationSeconds: HOUR }
/** Password checks in settings (change email, change password, delete account) per user. */
export const PASSWORD_CHECKS_PER_USER: RateLimit = { name: 'password-check-user', points: 10, durationSeconds: 15 * MINUTE }

export function minutesFrom(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / MINUTE))
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
