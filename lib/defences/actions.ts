'use server'
// Admin actions of the defences page: banned terms and the auto-hide threshold. Server actions
// are public endpoints: each checks requireAdmin itself, whatever the page showed. Every change
// is written to the moderation audit log in the same transaction.
import { revalidatePath } from 'next/cache'
import { requireAdmin, type SessionUser } from '../auth'
import { db } from '../db'
import { formFailure, type FailureWording } from '../form-failure'
import { failed, invalid, succeeded, type FormResult } from '../forms'
import { paths } from '../paths'
import { invalidateBannedTerms } from './banned-terms'
import { addBannedTermSchema, removeBannedTermSchema } from './schemas'

// The guard's own words for a refusal: not an admin, or an admin whose powers are paused.
const wording: FailureWording = { signIn: 'Your session has ended: please sign in again.' }

/** Runs `change` for an admin in good standing (requireAdmin); every refusal and outage becomes the form's answer. */
async function asAdmin(formData: FormData, change: (admin: SessionUser) => Promise<FormResult>): Promise<FormResult> {
  try {
    return await change(await requireAdmin())
  } catch (error) {
    return formFailure(error, formData, wording)
  }
}

export async function addBannedTermAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asAdmin(formData, async (admin) => {
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
    if (!added) return failed(`“${value}” is already on the list.`, formData, { value: 'Already on the list' })
    invalidateBannedTerms()
    revalidatePath(paths.adminDefences())
    return succeeded(kind === 'URL' ? `Links to ${value} are now refused.` : `“${value}” is now refused.`)
  })
}

export async function removeBannedTermAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asAdmin(formData, async (admin) => {
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
    revalidatePath(paths.adminDefences())
    return succeeded(`“${removed.value}” is allowed again.`)
  })
}
