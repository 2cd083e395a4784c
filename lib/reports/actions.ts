'use server'
// Reporting a story, a reply or a member: guard → validate → throttle → one transaction (the
// report, and the automatic hide when enough members reported it) → revalidate. Refusals come
// back as the one form answer (lib/forms.ts), so the form keeps what was typed.
import { revalidatePath } from 'next/cache'
import { refreshPublicPages } from '../page-cache/refresh'
import { z } from 'zod'
import { requireAdmin, requireParticipant } from '../auth'
import { formFailure, type FailureWording } from '../form-failure'
import { failed, invalid, succeeded, typedValues, type FormResult } from '../forms'
import { paths } from '../paths'
import { enforce } from '../rate-limit'
import { REPORT_RATE_LIMIT, type ReportRefusal } from './policies'
import { autoHideThresholdSchema, reportSchema, type ReportTargetKind } from './schemas'
import { setAutoHideThreshold } from './settings'
import { submitReport } from './submit'

const SIGN_IN_TO_REPORT = 'Please sign in to report something.'
const NOUNS: Record<ReportTargetKind, string> = { post: 'story', comment: 'reply', user: 'member' }

function refusalMessage(refusal: ReportRefusal | 'duplicate', kind: ReportTargetKind): string {
  const noun = NOUNS[kind]
  switch (refusal) {
    case 'duplicate':
      return `You have already reported this ${noun}, and your report is waiting for a moderator. You can follow it under “My reports”.`
    case 'own':
      return kind === 'user' ? 'You cannot report yourself.' : `This ${noun} is your own: you can edit or delete it instead.`
    case 'not-found':
      return `We could not find that ${noun}. It may have been deleted.`
    case 'sign-in':
      return SIGN_IN_TO_REPORT
    case 'not-allowed':
      return 'Your account cannot send reports right now.'
  }
}

const wording: FailureWording = {
  signIn: SIGN_IN_TO_REPORT,
  retry: (message, wait) => `${message} You can report again in ${wait}; your note is kept here.`,
}

/** What a report's success tells the form: the reason, and whether to show where to find help. */
export type ReportResult = FormResult<{ reason: string; selfHarm: boolean }>

/** Reports a story, reply or member: form fields type (post|comment|user), id, reason, note. */
export async function reportContent(_prev: ReportResult, formData: FormData): Promise<ReportResult> {
  const values = typedValues(formData)
  const kind: ReportTargetKind = values.type === 'comment' || values.type === 'user' ? values.type : 'post'
  try {
    const user = await requireParticipant()
    const parsed = reportSchema.safeParse(values)
    if (!parsed.success) return invalid(parsed.error, formData)
    await enforce(REPORT_RATE_LIMIT, user.id, `You have sent ${REPORT_RATE_LIMIT.points} reports in the last hour.`)
    const result = await submitReport(user, parsed.data)
    if (!result.ok) return failed(refusalMessage(result.refusal, kind), formData)
    if (result.autoHidden) refreshPublicPages()
    else revalidatePath(paths.reports())
    return succeeded('Thanks — a moderator will review it.', { reason: parsed.data.reason, selfHarm: parsed.data.reason === 'SELF_HARM' })
  } catch (error) {
    return formFailure(error, formData, wording)
  }
}

/** Admins: how many members' reports hide a story or reply until a moderator reviews it. */
export async function setAutoHideThresholdAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  try {
    const admin = await requireAdmin()
    const parsed = z.object({ threshold: autoHideThresholdSchema }).safeParse({ threshold: formData.get('threshold') })
    if (!parsed.success) return invalid(parsed.error, formData)
    // setAutoHideThreshold checks the actor's role again and writes the audit entry.
    await setAutoHideThreshold(parsed.data.threshold, admin.id)
    revalidatePath(paths.adminDefences())
    return succeeded(`Stories and replies are now hidden for review after reports from ${parsed.data.threshold} members.`)
  } catch (error) {
    return formFailure(error, formData)
  }
}
