// Single-use, expiring email tokens. The link carries 32 random bytes; the database keeps only
// their SHA-256, so a leaked table cannot be used to reset anyone's password.
import 'server-only'
import crypto from 'node:crypto'
import { db } from '../db'
import type { EmailTokenPurpose } from '../generated/prisma/enums'

const HOUR_MS = 3_600_000
export const TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * HOUR_MS,
  RESET_PASSWORD: 1 * HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
}

export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token).digest('hex')
}

/** A new token for the purpose; the user's earlier unused ones for it stop working. */
export async function issueEmailToken(userId: string, purpose: EmailTokenPurpose, newEmail?: string, now = new Date()): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url')
  await db.$transaction([
    db.emailToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    db.emailToken.create({
      data: { userId, purpose, tokenHash: hashToken(token), newEmail, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) },
    }),
  ])
  return token
}

/** Marks the token used and returns its user and address, or null when unknown, used or expired. */
export async function consumeEmailToken(token: string, purpose: EmailTokenPurpose, now = new Date()): Promise<{ userId: string; newEmail: string | null } | null> {
  const tokenHash = hashToken(token)
  // One conditional update: two concurrent uses cannot both succeed.
  const { count } = await db.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  })
  if (count !== 1) return null
  return db.emailToken.findUnique({ where: { tokenHash }, select: { userId: true, newEmail: true } })
}
