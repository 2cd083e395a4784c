'use server'
// Reporting a story, a reply or a member: guard → validate → throttle → one transaction (the
// report, and the automatic hide when enough members reported it) → revalidate. Refusals come
// back as form state, so the form keeps what was typed.
import { revalidatePath } from 'next/cache'
import { refreshPublicPages } from '../page-cache/refresh'
import { failed, invalid, succeeded, typedValues, type FormState } from '../accounts/form-state'
import { ForbiddenError, RateLimitedError, UnauthorizedError } from '../api/errors'
import { requireParticipant } from '../auth'
import { paths } from '../paths'
import { enforce } from '../rate-limit'
import { formatRetry } from '../stories/guard'
import { REPORT_RATE_LIMIT, type ReportRefusal } from './policies'
import { reportSchema, type ReportTargetKind } from './schemas'
import { submitReport } from './submit'


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
      return 'Please sign in to report something.'
    case 'not-allowed':
      return 'Your account cannot send reports right now.'
  }
}

/** Reports a story, reply or member: form fields type (post|comment|user), id, reason, note. */
export async function reportContent(_prev: FormState, formData: FormData): Promise<FormState> {
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
    if (error instanceof UnauthorizedError) return failed('Please sign in to report something.', formData)
    if (error instanceof ForbiddenError) return failed(error.message, formData)
    if (error instanceof RateLimitedError) {
      return failed(`${error.message} You can report again in ${formatRetry(error.retryAfterSeconds)}; your note is kept here.`, formData)
    }
    throw error
  }
}
