// Re-entering the password for sensitive settings (email, password, deletion), throttled per
// user so a stolen session cannot be used to guess the password.
import 'server-only'
import { db } from '../db'
import { consume, peek } from '../rate-limit'
import { PASSWORD_CHECKS_PER_USER, minutesFrom } from './limits'
import { verifyPassword } from './password'

export type PasswordCheck = { ok: true } | { ok: false; message: string }

export const WRONG_PASSWORD_MESSAGE = 'That is not your current password'

export async function checkCurrentPassword(userId: string, password: string): Promise<PasswordCheck> {
  const limit = await peek(PASSWORD_CHECKS_PER_USER, userId)
  if (!limit.allowed) return { ok: false, message: `Too many wrong passwords: please wait ${minutesFrom(limit.retryAfterSeconds)}.` }
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  if (user?.passwordHash && (await verifyPassword(user.passwordHash, password))) return { ok: true }
  await consume(PASSWORD_CHECKS_PER_USER, userId)
  return { ok: false, message: WRONG_PASSWORD_MESSAGE }
}
