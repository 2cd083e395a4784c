// Sign-up: a pseudonymous handle, a private email, a password and explicit consent to store
// health information (its policy version and time recorded).
import 'server-only'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import { consume } from '../rate-limit'
import { sendMail } from '../mail'
import { zodFieldErrors } from '../forms'
import { HEALTH_POLICY_VERSION } from './constants'
import { accountExistsMail, verifyEmailMail } from './emails'
import type { Result } from '../forms'
import { SIGNUPS_PER_IP, minutesFrom } from './limits'
import { hashPassword } from './password'
import { paths } from '../paths'
import { handleKey } from './policies'
import type { RequestContext } from './request-context'
import { signUpSchema } from './schemas'
import { issueEmailToken } from './tokens'

export const HANDLE_TAKEN_MESSAGE = 'This handle is taken: choose another'

/** Whether a handle is free for `userId` (someone else's current or former handle is not). */
export async function isHandleAvailable(handle: string, userId?: string): Promise<boolean> {
  const key = handleKey(handle)
  const [owner, redirect] = await Promise.all([
    db.user.findUnique({ where: { handleKey: key }, select: { id: true } }),
    db.handleRedirect.findUnique({ where: { handleKey: key }, select: { userId: true } }),
  ])
  return (!owner || owner.id === userId) && (!redirect || redirect.userId === userId)
}

/**
 * Creates the account and mails a verification link. When the email already has an account,
 * nothing is created and its owner is told by email. Both answer the same, after the same work
 * (the password is hashed either way): the page never tells whether an address is registered.
 */
export async function registerUser(input: unknown, context: RequestContext): Promise<Result<{ handle: string }>> {
  const parsed = signUpSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Please correct the fields marked below.', fieldErrors: zodFieldErrors(parsed.error) }
  const { handle, email, password } = parsed.data

  const limit = await consume(SIGNUPS_PER_IP, context.ip)
  if (!limit.allowed) {
    return { ok: false, message: `Too many sign-ups from your network. Please try again in ${minutesFrom(limit.retryAfterSeconds)}.` }
  }
  if (!(await isHandleAvailable(handle))) return { ok: false, message: HANDLE_TAKEN_MESSAGE, fieldErrors: { handle: [HANDLE_TAKEN_MESSAGE] } }

  const passwordHash = await hashPassword(password)
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } })
  if (existing) {
    await sendMail(accountExistsMail(email, `${context.origin}${paths.forgotPassword()}`), context).catch(logMailFailure)
    return { ok: true, handle }
  }
  let user: { id: string; handle: string }
  try {
    user = await db.user.create({
      data: {
        handle,
        handleKey: handleKey(handle),
        email,
        passwordHash,
        consents: { create: { kind: 'HEALTH_DATA', policyVersion: HEALTH_POLICY_VERSION } },
      },
      select: { id: true, handle: true },
    })
  } catch (error) {
    // Lost a race for the same handle or email since the checks above.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const target = JSON.stringify(error.meta ?? {})
      if (target.includes('email')) return { ok: true, handle }
      return { ok: false, message: HANDLE_TAKEN_MESSAGE, fieldErrors: { handle: [HANDLE_TAKEN_MESSAGE] } }
    }
    throw error
  }

  const token = await issueEmailToken(user.id, 'VERIFY_EMAIL')
  await sendMail(verifyEmailMail(email, user.handle, `${context.origin}${paths.verifyEmail(token)}`), context).catch(logMailFailure)
  return { ok: true, handle: user.handle }
}

/** A mail that could not be sent must not undo a sign-up: the member can ask for it again. */
export function logMailFailure(error: unknown): void {
  console.error('[mail] could not send:', error instanceof Error ? error.message : error)
}
