'use server'
// Admin actions of the defences page: banned terms and the auto-hide threshold. Server actions
// are public endpoints: each checks requireAdmin itself, whatever the page showed. Every change
// is written to the moderation audit log in the same transaction.
import { revalidatePath } from 'next/cache'
import { failed, invalid, succeeded, type FormState } from '../accounts/form-state'
import { canParticipate } from '../accounts/policies'
import { ForbiddenError, UnauthorizedError } from '../api/errors'
import { requireAdmin, type SessionUser } from '../auth'
import { db } from '../db'
import { setAutoHideThreshold } from '../reports/settings'
import { invalidateBannedTerms } from './banned-terms'
import { addBannedTermSchema, autoHideThresholdSchema, removeBannedTermSchema } from './schemas'

const ADMIN_PAGE = '/admin/moderation'

async function adminOr(formData: FormData): Promise<SessionUser | FormState> {
  try {
    const admin = await requireAdmin()
    // As for moderation (canModerate): a suspended or banned admin keeps the role, not the powers.
    if (!canParticipate(admin)) return failed('Your account is suspended or banned: you cannot change this.', formData)
    return admin
  } catch (error) {
    if (error instanceof UnauthorizedError) return failed('Your session has ended: please sign in again.', formData)
    if (error instanceof ForbiddenError) return failed('Only admins can change this.', formData)
    throw error
  }
}

const isState = (value: SessionUser | FormState): value is FormState => 'status' in value && !('id' in value)

export async function addBannedTermAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await adminOr(formData)
  if (isState(admin)) return admin
  const parsed = addBannedTermSchema.safeParse({ kind: formData.get('kind'), value: formData.get('value') })
  if (!parsed.success) return invalid(parsed.error, formData)
  const { kind, value } = parsed.data
  const added = await db.$transaction(async (tx) => {
    // Values are unique across kinds; a concurrent duplicate falls to the unique index.
    const existing = await tx.bannedTerm.findUnique({ where: { value }, select: { id: true } })
    if (existing) return false
    await tx.bannedTerm.create({ data: { kind, value, createdById: admin.id } })
    await tx.moderationAction.create({ data: { actorId: admin.id, action: 'BANNED_TERMS', details: { added: { kind, value } } } })
    return true
  })
  if (!added) return failed(`“${value}” is already on the list.`, formData, { value: ['Already on the list'] })
  invalidateBannedTerms()
  revalidatePath(ADMIN_PAGE)
  return succeeded(kind === 'URL' ? `Links to ${value} are now refused.` : `“${value}” is now refused.`)
}

export async function removeBannedTermAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await adminOr(formData)
  if (isState(admin)) return admin
  const parsed = removeBannedTermSchema.safeParse({ id: formData.get('id') })
  if (!parsed.success) return invalid(parsed.error, formData)
  const removed = await db.$transaction(async (tx) => {
    const term = await tx.bannedTerm.findUnique({ where: { id: parsed.data.id }, select: { id: true, kind: true, value: true } })
    if (!term) return null
    await tx.bannedTerm.delete({ where: { id: term.id } })
    await tx.moderationAction.create({ data: { actorId: admin.id, action: 'BANNED_TERMS', details: { removed: { kind: term.kind, value: term.value } } } })
    return term
  })
  if (!removed) return failed('That term was already removed.')
  invalidateBannedTerms()
  revalidatePath(ADMIN_PAGE)
  return succeeded(`“${removed.value}” is allowed again.`)
}

export async function setAutoHideThresholdAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const admin = await adminOr(formData)
  if (isState(admin)) return admin
  const parsed = autoHideThresholdSchema.safeParse({ threshold: formData.get('threshold') })
  if (!parsed.success) return invalid(parsed.error, formData)
  // setAutoHideThreshold checks the actor's role again and writes the audit entry.
  await setAutoHideThreshold(parsed.data.threshold, admin.id)
  revalidatePath(ADMIN_PAGE)
  return succeeded(`Stories and replies are now hidden for review after reports from ${parsed.data.threshold} members.`)
}
