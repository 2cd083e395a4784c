// One schema for every moderation form, a union discriminated by the verb: the form (hints) and
// lib/moderation/actions.ts (truth) share it. Browser-safe: no server imports.
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import {
  EDIT_TAGS_MAX,
  PRIVATE_NOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  SUSPEND_MAX_DAYS,
  SUSPEND_MIN_DAYS,
  type ModVerb,
} from './policies'

const trimmedOrUndefined = (value: unknown) => (typeof value === 'string' ? value.trim() || undefined : value)

const contentId = z.coerce.number({ error: 'Which item?' }).int().positive('Which item?').max(2_147_483_647, 'Which item?')
const userId = z.string({ error: 'Which account?' }).trim().min(1, 'Which account?').max(64, 'Which account?')

const optionalReason = z.preprocess(trimmedOrUndefined, storableString().max(REASON_MAX_LENGTH, `At most ${REASON_MAX_LENGTH} characters`).optional())
const requiredReason = z.preprocess(
  trimmedOrUndefined,
  z
    .string({ error: 'Give the member a reason: it is shown to them and in the public log' })
    .max(REASON_MAX_LENGTH, `At most ${REASON_MAX_LENGTH} characters`),
)
const privateNote = z.preprocess(trimmedOrUndefined, storableString().max(PRIVATE_NOTE_MAX_LENGTH, `At most ${PRIVATE_NOTE_MAX_LENGTH} characters`).optional())
const confirmed = z.preprocess((value) => value === 'on' || value === 'true' || value === 'yes', z.literal(true, { error: 'Tick the box to confirm' }))

const contentTarget = {
  targetType: z.enum(['POST', 'COMMENT'], { error: 'This acts on a story or a reply' }),
  targetId: contentId,
}
const postTarget = { targetType: z.literal('POST', { error: 'This acts on a story' }), targetId: contentId }
const userTarget = { targetType: z.literal('USER', { error: 'This acts on an account' }), targetId: userId }
// Reports are about a story, a reply or an account: the id is a number or a user id.
const anyTarget = { targetType: z.enum(['POST', 'COMMENT', 'USER'], { error: 'Which kind of item?' }), targetId: userId }

const common = { reason: optionalReason, privateNote }

export const modActionSchema = z
  .discriminatedUnion('action', [
  z.object({ action: z.literal('DISMISS'), ...anyTarget, ...common }),
  z.object({ action: z.literal('APPROVE'), ...contentTarget, ...common }),
  z.object({ action: z.literal('HIDE'), ...contentTarget, ...common }),
  z.object({ action: z.literal('REMOVE'), ...contentTarget, reason: requiredReason, privateNote, confirm: confirmed }),
  z.object({ action: z.literal('RESTORE'), ...contentTarget, ...common }),
  z.object({ action: z.literal('LOCK'), ...postTarget, ...common }),
  z.object({ action: z.literal('UNLOCK'), ...postTarget, ...common }),
  z.object({ action: z.literal('PIN'), ...postTarget, ...common }),
  z.object({ action: z.literal('UNPIN'), ...postTarget, ...common }),
  z.object({
    action: z.literal('EDIT_TAGS'),
    ...postTarget,
    ...common,
    tagIds: z
      .array(z.coerce.number().int().positive().max(2_147_483_647), { error: 'Choose the tags' })
      .max(EDIT_TAGS_MAX, `At most ${EDIT_TAGS_MAX} tags`)
      .refine((ids) => new Set(ids).size === ids.length, 'Each tag once'),
  }),
  z.object({ action: z.literal('WARN'), ...userTarget, reason: requiredReason, privateNote }),
  z.object({
    action: z.literal('SUSPEND'),
    ...userTarget,
    reason: requiredReason,
    privateNote,
    days: z.coerce
      .number({ error: 'How many days?' })
      .int('Whole days, please')
      .min(SUSPEND_MIN_DAYS, `At least ${SUSPEND_MIN_DAYS} day`)
      .max(SUSPEND_MAX_DAYS, `At most ${SUSPEND_MAX_DAYS} days (a year); ban for longer`),
    confirm: confirmed,
  }),
  z.object({ action: z.literal('BAN'), ...userTarget, reason: requiredReason, privateNote, confirm: confirmed }),
  z.object({ action: z.literal('UNBAN'), ...userTarget, ...common }),
  ])
  .superRefine((input, ctx) => {
    if (input.action === 'DISMISS' && input.targetType !== 'USER' && !contentId.safeParse(input.targetId).success) {
      ctx.addIssue({ code: 'custom', path: ['targetId'], message: 'Which item?' })
    }
  })

export type ModActionInput = z.infer<typeof modActionSchema>

/** The form's fields as the schema expects them (`tagIds` repeats). */
export function readModActionForm(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    if (key === 'tagIds') values.tagIds = [...((values.tagIds as string[] | undefined) ?? []), value]
    else values[key] = value
  }
  if (values.action === 'EDIT_TAGS' && values.tagIds === undefined) values.tagIds = []
  return values
}

/** Form labels for each verb. */
export const VERB_LABELS: Record<ModVerb, string> = {
  DISMISS: 'Dismiss reports',
  APPROVE: 'Approve',
  HIDE: 'Hide',
  REMOVE: 'Remove',
  RESTORE: 'Restore',
  LOCK: 'Lock thread',
  UNLOCK: 'Unlock thread',
  PIN: 'Pin',
  UNPIN: 'Unpin',
  EDIT_TAGS: 'Save tags',
  WARN: 'Warn',
  SUSPEND: 'Suspend',
  BAN: 'Ban',
  UNBAN: 'Unban',
}
