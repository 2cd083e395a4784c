// Who may report what, as pure predicates: the report page uses them to decide what to show,
// the action enforces the same ones.
import { canParticipate, isModerator, type AccountFacts } from '../roles'
import type { ContentStatus, Visibility } from '../generated/prisma/enums'
import { canReadFullPost } from '../visibility'
import type { Viewer } from '../viewer'

/** Reports per member per hour (lib/rate-limit.ts). */
export const REPORTS_PER_HOUR = 10
export const REPORT_RATE_LIMIT = { name: 'reports', points: REPORTS_PER_HOUR, durationSeconds: 3600 }

/** Distinct members whose open reports hide a story or reply until a moderator reviews it. */
export const DEFAULT_AUTO_HIDE_THRESHOLD = 3
export const AUTO_HIDE_THRESHOLD_MIN = 2
export const AUTO_HIDE_THRESHOLD_MAX = 20

export function isValidAutoHideThreshold(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= AUTO_HIDE_THRESHOLD_MIN && n <= AUTO_HIDE_THRESHOLD_MAX
}

/** Whether `reporters` distinct open reports hide content that is still visible. */
export function reachesAutoHide(reporters: number, threshold: number): boolean {
  return reporters >= threshold
}

export interface ReporterFacts extends AccountFacts {
  id: string
  handle: string
}

interface PostFacts {
  status: ContentStatus
  visibility: Visibility
  authorId: string | null
  deletedAt: Date | null
}

/** What a report needs to know about its target. */
export type ReportTargetFacts =
  | ({ type: 'POST' } & PostFacts)
  | { type: 'COMMENT'; authorId: string | null; status: ContentStatus; deletedAt: Date | null; post: PostFacts }
  | { type: 'USER'; id: string }

/** The member behind the target: a story's or reply's author, or the member themselves. */
export function targetOwnerId(target: ReportTargetFacts): string | null {
  return target.type === 'USER' ? target.id : target.authorId
}

/**
 * Whether the reporter can read the target now, so has something to report. Deleted and
 * removed content shows nothing any more; pending and hidden content only to its author and
 * the moderators; members-only threads to members. Profiles are public.
 */
export function canReadReportTarget(viewer: Viewer, target: ReportTargetFacts): boolean {
  if (target.type === 'USER') return true
  if (target.type === 'POST') return target.deletedAt === null && target.status !== 'REMOVED' && canReadFullPost(viewer, target)
  if (!canReadFullPost(viewer, target.post)) return false
  if (target.deletedAt !== null || target.status === 'REMOVED') return false
  return target.status === 'VISIBLE' || isModerator(viewer) || (viewer !== null && viewer.id === target.authorId)
}

/**
 * Why a report would be refused, or null when it may be made. Signed-in participants only
 * (not suspended or banned; staff too), never about oneself or one's own writing, and only
 * about what the reporter can read: anything else is "not found", exactly as if it did not
 * exist, so a report cannot probe for hidden content.
 */
export type ReportRefusal = 'sign-in' | 'not-allowed' | 'not-found' | 'own'

export function reportRefusal(reporter: ReporterFacts | null, target: ReportTargetFacts | null, now = new Date()): ReportRefusal | null {
  if (!reporter) return 'sign-in'
  if (!canParticipate(reporter, now)) return 'not-allowed'
  if (!target || !canReadReportTarget(reporter, target)) return 'not-found'
  if (targetOwnerId(target) === reporter.id) return 'own'
  return null
}

export function canReport(reporter: ReporterFacts | null, target: ReportTargetFacts | null, now = new Date()): boolean {
  return reportRefusal(reporter, target, now) === null
}

/** The key that allows one open report per reporter per target (Report.openKey). */
export function openReportKey(reporterId: string, target: { type: 'POST' | 'COMMENT' | 'USER'; id: number | string }): string {
  return `${reporterId}:${target.type}:${target.id}`
}
