// Every account limit in one place, all through lib/rate-limit (memory, or Redis when REDIS_URL).
import type { RateLimit } from '../rate-limit'

const MINUTE = 60
const HOUR = 60 * MINUTE

/** Failed sign-ins per account (5 in 15 minutes): a success resets it. */
export const LOGIN_FAILURES_PER_ACCOUNT: RateLimit = { name: 'login-fail-account', points: 5, durationSeconds: 15 * MINUTE }
/** Failed sign-ins per IP address, whatever the account. */
export const LOGIN_FAILURES_PER_IP: RateLimit = { name: 'login-fail-ip', points: 20, durationSeconds: 15 * MINUTE }
/** Sign-up attempts per IP address. */
export const SIGNUPS_PER_IP: RateLimit = { name: 'signup-ip', points: 5, durationSeconds: HOUR }
/** Mail to one address (verification, reset, email change). */
export const MAILS_PER_ADDRESS: RateLimit = { name: 'mail-address', points: 5, durationSeconds: HOUR }
/** Mail triggered from one IP address. */
export const MAILS_PER_IP: RateLimit = { name: 'mail-ip', points: 20, durationSeconds: HOUR }
/** Password checks in settings (change email, change password, delete account) per user. */
export const PASSWORD_CHECKS_PER_USER: RateLimit = { name: 'password-check-user', points: 10, durationSeconds: 15 * MINUTE }

export function minutesFrom(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / MINUTE))
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}
