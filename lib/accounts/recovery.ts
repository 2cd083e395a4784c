// Email verification, forgotten passwords and email changes: all through single-use tokens.
import 'server-only'
import { zodFieldErrors } from '../forms'
import { RateLimitedError } from '../api/errors'
import { db } from '../db'
import { paths } from '../paths'
import { MAIL_LIMIT_MESSAGE, MAILS_PER_ADDRESS, MAILS_PER_IP, deliverMail, sendMail } from '../mail'
import { consume } from '../rate-limit'
import { resetPasswordMail, verifyEmailMail } from './emails'
import type { Result } from '../forms'
import { hashPassword } from './password'
import type { RequestContext } from './request-context'
import { emailTokenSchema, forgotPasswordSchema, resetPasswordSchema } from './schemas'
import { forgetLoginFailures } from './throttle'
import { consumeEmailToken, hashToken, issueEmailToken } from './tokens'

export const RESET_REQUESTED_MESSAGE =
  'If an account uses that address, we have sent it a link to choose a new password. It works for one hour.'
export const INVALID_LINK_MESSAGE = 'This link has expired or has already been used. Please ask for a new one.'

/**
 * The same answer whether or not the address has an account, and whether or not that address
 * has had its share of mail: only the requester's own limit (per IP address) is ever told. A
 * refused send leaves the member's earlier reset link working (no one can revoke it by asking).
 */
export async function requestPasswordReset(input: unknown, context: RequestContext): Promise<Result> {
  const parsed = forgotPasswordSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Please enter a valid email address.', fieldErrors: zodFieldErrors(parsed.error) }
  const { email } = parsed.data
  const requester = await consume(MAILS_PER_IP, context.ip)
  if (!requester.allowed) return { ok: false, message: MAIL_LIMIT_MESSAGE }
  const address = await consume(MAILS_PER_ADDRESS, email)
  const user = await db.user.findUnique({ where: { email }, select: { id: true, handle: true } })
  if (user && address.allowed) {
    const token = await issueEmailToken(user.id, 'RESET_PASSWORD')
    await deliverMail(resetPasswordMail(email, user.handle, `${context.origin}${paths.resetPassword(token)}`))
  }
  return { ok: true }
}

/** Sets the new password, signs out every session and clears the sign-in failure count. */
export async function resetPassword(input: unknown): Promise<Result<{ handle: string }>> {
  const parsed = resetPasswordSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Please correct the fields marked below.', fieldErrors: zodFieldErrors(parsed.error) }
  const passwordHash = await hashPassword(parsed.data.password)
  const token = await consumeEmailToken(parsed.data.token, 'RESET_PASSWORD')
  if (!token) return { ok: false, message: INVALID_LINK_MESSAGE }
  const user = await db.user.update({
    where: { id: token.userId },
    // Following the link proves the address too.
    data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: new Date() },
    select: { id: true, handle: true },
  })
  await forgetLoginFailures(user.id)
  return { ok: true, handle: user.handle }
}

/** Confirms an address: the account's own (after sign-up) or a new one (email change). */
export async function confirmEmail(input: unknown): Promise<Result<{ email: string }>> {
  const parsed = emailTokenSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: INVALID_LINK_MESSAGE }
  const found = await db.emailToken.findUnique({ where: { tokenHash: hashToken(parsed.data.token) }, select: { purpose: true } })
  if (!found || found.purpose === 'RESET_PASSWORD') return { ok: false, message: INVALID_LINK_MESSAGE }
  const token = await consumeEmailToken(parsed.data.token, found.purpose)
  if (!token) return { ok: false, message: INVALID_LINK_MESSAGE }
  if (found.purpose === 'VERIFY_EMAIL') {
    const user = await db.user.update({ where: { id: token.userId }, data: { emailVerifiedAt: new Date() }, select: { email: true } })
    return { ok: true, email: user.email ?? '' }
  }
  const newEmail = token.newEmail!
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })
  if (taken && taken.id !== token.userId) return { ok: false, message: 'That address now belongs to another account: please choose another.' }
  await db.user.update({ where: { id: token.userId }, data: { email: newEmail, emailVerifiedAt: new Date() } })
  return { ok: true, email: newEmail }
}

export async function resendVerification(userId: string, context: RequestContext): Promise<Result> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, handle: true, emailVerifiedAt: true } })
  if (!user?.email) return { ok: false, message: 'Your account has no email address.' }
  if (user.emailVerifiedAt) return { ok: false, message: 'Your address is already confirmed.' }
  const token = await issueEmailToken(userId, 'VERIFY_EMAIL')
  try {
    await sendMail(verifyEmailMail(user.email, user.handle, `${context.origin}${paths.verifyEmail(token)}`), context)
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, message: error.message }
    throw error
  }
  return { ok: true }
}
