// What a report form sends, checked the same way in the browser and in the action.
// Browser-safe: no server imports.
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import { HANDLE_MAX_LENGTH } from '../accounts/policies'
import { REPORT_REASON_VALUES } from './reasons'
import { AUTO_HIDE_THRESHOLD_MAX, AUTO_HIDE_THRESHOLD_MIN } from './policies'

export const REPORT_NOTE_MAX_LENGTH = 1000

/** What can be reported, as it appears in URLs and forms: /report?type=post&id=42. */
export const REPORT_TARGET_KINDS = ['post', 'comment', 'user'] as const
export type ReportTargetKind = (typeof REPORT_TARGET_KINDS)[number]

const contentId = z.coerce.number({ error: 'Unknown item' }).int('Unknown item').positive('Unknown item').max(2_147_483_647, 'Unknown item')

const targets = {
  post: z.object({ type: z.literal('post'), id: contentId }),
  comment: z.object({ type: z.literal('comment'), id: contentId }),
  user: z.object({ type: z.literal('user'), id: z.string().trim().min(1, 'Unknown member').max(HANDLE_MAX_LENGTH, 'Unknown member') }),
}
const WHAT = { error: 'Choose what to report' }

/** A story or comment by its number, a member by their handle (their internal id stays private). */
export const reportTargetSchema = z.discriminatedUnion('type', [targets.post, targets.comment, targets.user], WHAT)
export type ReportTargetRef = z.infer<typeof reportTargetSchema>

const details = {
  reason: z.enum(REPORT_REASON_VALUES, { error: 'Choose a reason' }),
  note: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : (value ?? undefined)),
    storableString().max(REPORT_NOTE_MAX_LENGTH, `Keep the note to ${REPORT_NOTE_MAX_LENGTH.toLocaleString('en')} characters or fewer`).optional(),
  ),
}

export const reportSchema = z.discriminatedUnion('type', [targets.post.extend(details), targets.comment.extend(details), targets.user.extend(details)], WHAT)
export type ReportInput = z.infer<typeof reportSchema>

/** The admins' setting: how many members' reports hide a story or reply until reviewed. */
export const autoHideThresholdSchema = z.coerce
  .number({ error: 'Enter a number' })
  .int('Enter a whole number')
  .min(AUTO_HIDE_THRESHOLD_MIN, `At least ${AUTO_HIDE_THRESHOLD_MIN}`)
  .max(AUTO_HIDE_THRESHOLD_MAX, `At most ${AUTO_HIDE_THRESHOLD_MAX}`)
