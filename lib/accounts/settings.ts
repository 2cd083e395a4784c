// A member's own settings: profile, handle, email, password, notifications.
import 'server-only'
import { RateLimitedError } from '../api/errors'
import { zodFieldErrors } from '../forms'
import { db } from '../db'
import { paths } from '../paths'
import { bannedTermErrors } from '../defences/banned-terms'
import { Prisma } from '../generated/prisma/client'
import { sendMail } from '../mail'
import { changeEmailMail } from './emails'
import type { Result } from '../forms'
import { hashPassword } from './password'
import { checkCurrentPassword } from './password-check'
import { handleKey } from './policies'
import { HANDLE_TAKEN_MESSAGE, isHandleAvailable } from './registration'
import type { RequestContext } from './request-context'
import { changeEmailSchema, changeHandleSchema, changePasswordSchema, notificationsSchema, profileSchema } from './schemas'
import { issueEmailToken } from './tokens'

const FIX_FIELDS = 'Please correct the fields marked below.'

/** Bio and the conditions shown on the public profile (condition tags only). */
export async function updateProfile(userId: string, input: unknown): Promise<Result> {
  const parsed = profileSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) }
  const { bio, conditions } = parsed.data
  const blocked = bio ? await bannedTermErrors({ bio }) : null
  if (blocked) return { ok: false, message: FIX_FIELDS, fieldErrors: { bio: [blocked.bio!] } }
  const tags = await db.tag.findMany({ where: { id: { in: conditions }, kind: 'CONDITION' }, select: { id: true } })
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { bio: bio || null } }),
    db.userCondition.deleteMany({ where: { userId } }),
    db.userCondition.createMany({ data: tags.map((tag) => ({ userId, tagId: tag.id })) }),
  ])
  return { ok: true }
}

/** A new handle; the old one keeps redirecting to the profile and cannot be taken by others. */
export async function changeHandle(userId: string, input: unknown): Promise<Result<{ handle: string }>> {
  const parsed = changeHandleSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) }
  const handle = parsed.data.handle
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { handle: true, handleKey: true } })
  if (user.handle === handle) return { ok: false, message: 'That is already your handle.', fieldErrors: { handle: ['That is already your handle'] } }
  if (!(await isHandleAvailable(handle, userId))) return { ok: false, message: HANDLE_TAKEN_MESSAGE, fieldErrors: { handle: [HANDLE_TAKEN_MESSAGE] } }
  const newKey = handleKey(handle)
  try {
    await db.$transaction(async (tx) => {
      if (newKey !== user.handleKey) {
        // Taking back a former handle of one's own: it is no longer a redirect.
        await tx.handleRedirect.deleteMany({ where: { handleKey: newKey, userId } })
        await tx.handleRedirect.upsert({
          where: { handleKey: user.handleKey },
          create: { handleKey: user.handleKey, userId },
          update: { userId },
        })
      }
      await tx.user.update({ where: { id: userId }, data: { handle, handleKey: newKey } })
    })
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      return { ok: false, message: HANDLE_TAKEN_MESSAGE, fieldErrors: { handle: [HANDLE_TAKEN_MESSAGE] } }
    }
    throw error
  }
  return { ok: true, handle }
}

/**
 * Mails a confirmation link to the new address; the change happens when it is followed. The
 * answer is the same whether or not the address is in use (checked again on confirmation).
 */
export async function requestEmailChange(userId: string, input: unknown, context: RequestContext): Promise<Result> {
  const parsed = changeEmailSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) }
  const check = await checkCurrentPassword(userId, parsed.data.password)
  if (!check.ok) return { ok: false, message: check.message, fieldErrors: { password: [check.message] } }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, handle: true } })
  if (user.email === parsed.data.email) return { ok: false, message: 'That is already your address.', fieldErrors: { email: ['That is already your address'] } }
  const token = await issueEmailToken(userId, 'CHANGE_EMAIL', parsed.data.email)
  try {
    await sendMail(changeEmailMail(parsed.data.email, user.handle, `${context.origin}${paths.verifyEmail(token)}`), context)
  } catch (error) {
    if (error instanceof RateLimitedError) return { ok: false, message: error.message }
    throw error
  }
  return { ok: true }
}

/** Needs the current password; signs out every other session (their session version is old). */
export async function changePassword(userId: string, input: unknown): Promise<Result<{ handle: string }>> {
  const parsed = changePasswordSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) }
  const check = await checkCurrentPassword(userId, parsed.data.currentPassword)
  if (!check.ok) return { ok: false, message: check.message, fieldErrors: { currentPassword: [check.message] } }
  const passwordHash = await hashPassword(parsed.data.password)
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { handle: true },
  })
  return { ok: true, handle: user.handle }
}

export async function updateNotifications(userId: string, input: unknown): Promise<Result> {
  const parsed = notificationsSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) }
  await db.user.update({ where: { id: userId }, data: parsed.data })
  return { ok: true }
}
