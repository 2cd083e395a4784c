// Filing a report, and hiding content that enough members reported. The action (actions.ts)
// guards, validates and throttles first; this is the one place a report is written.
import 'server-only'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus } from '../generated/prisma/enums'
import { setCommentStatus, setPostStatus } from '../content-status'
import { openReportKey, reachesAutoHide, reportRefusal, type ReportRefusal, type ReporterFacts } from './policies'
import { findReportTarget, type ReportTarget } from './queries'
import type { ReportInput } from './schemas'
import { getAutoHideThreshold } from './settings'

type Tx = Prisma.TransactionClient

export type SubmitReportResult =
  | { ok: true; reportId: number; autoHidden: boolean }
  | { ok: false; refusal: ReportRefusal | 'duplicate' }

export async function submitReport(reporter: ReporterFacts, input: ReportInput): Promise<SubmitReportResult> {
  const target = await findReportTarget(input)
  const refusal = reportRefusal(reporter, target?.facts ?? null)
  if (refusal || !target) return { ok: false, refusal: refusal ?? 'not-found' }
  const openKey = openReportKey(reporter.id, target.key)
  if (await db.report.findUnique({ where: { openKey }, select: { id: true } })) return { ok: false, refusal: 'duplicate' }
  const threshold = await getAutoHideThreshold()
  try {
    return await db.$transaction(async (tx) => {
      // Reports on one target queue up here, so each counts the ones before it: two reporters
      // at once can neither both miss the threshold nor both hide.
      const status = await lockTarget(tx, target)
      if (status === null) return { ok: false, refusal: 'not-found' } as const
      const report = await tx.report.create({
        data: { reporterId: reporter.id, ...target.columns, reason: input.reason, note: input.note ?? null, openKey },
        select: { id: true },
      })
      const autoHidden = status === 'VISIBLE' && (await hideIfReportedEnough(tx, target, threshold))
      return { ok: true, reportId: report.id, autoHidden } as const
    })
  } catch (error) {
    // The same reporter twice at once: the second insert meets the open report's unique key.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return { ok: false, refusal: 'duplicate' }
    throw error
  }
}

/**
 * Locks the reported story or reply (a member: nothing to lock, profiles are never hidden) and
 * returns its status, or null if it was deleted meanwhile. Lock order follows the reply action
 * (thread, then reply) so a report and a reply at once cannot deadlock; the reported row is
 * locked FOR UPDATE at once, as hiding it will need, rather than upgraded later.
 */
async function lockTarget(tx: Tx, target: ReportTarget): Promise<ContentStatus | 'USER' | null> {
  if (target.key.type === 'USER') return 'USER'
  const id = Number(target.key.id)
  if (target.key.type === 'POST') {
    const rows = await tx.$queryRaw<{ status: ContentStatus }[]>`SELECT status FROM "Post" WHERE id = ${id} FOR UPDATE`
    return rows[0]?.status ?? null
  }
  await tx.$queryRaw`SELECT 1 FROM "Post" WHERE id = ${target.threadId} FOR NO KEY UPDATE`
  const rows = await tx.$queryRaw<{ status: ContentStatus }[]>`SELECT status FROM "Comment" WHERE id = ${id} FOR UPDATE`
  return rows[0]?.status ?? null
}

/** Distinct members with an open report on the target (reports of deleted accounts do not count). */
async function countOpenReporters(tx: Tx, target: ReportTarget): Promise<number> {
  const id = Number(target.key.id)
  const column = target.key.type === 'POST' ? Prisma.sql`"postId"` : Prisma.sql`"commentId"`
  const rows = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(DISTINCT "reporterId")::int AS n FROM "Report"
    WHERE ${column} = ${id} AND "targetType" = ${target.key.type}::"TargetType" AND status = 'OPEN'`
  return rows[0]?.n ?? 0
}

/** Hides a visible story or reply once enough members reported it, logged as automatic. */
async function hideIfReportedEnough(tx: Tx, target: ReportTarget, threshold: number): Promise<boolean> {
  if (target.key.type === 'USER') return false
  const reporters = await countOpenReporters(tx, target)
  if (!reachesAutoHide(reporters, threshold)) return false
  const id = Number(target.key.id)
  const change = target.key.type === 'POST' ? await setPostStatus(tx, id, 'HIDDEN') : await setCommentStatus(tx, id, 'HIDDEN')
  if (!change || change.from !== 'VISIBLE') return false
  await tx.moderationAction.create({
    data: {
      actorId: null,
      action: 'HIDE',
      targetType: target.key.type,
      ...(target.key.type === 'POST' ? { postId: id } : { commentId: id }),
      // In the author's moderation history too, like the moderators' own content actions.
      targetUserId: change.authorId,
      reason: `Hidden automatically after ${reporters} reports, pending review`,
      details: { automatic: true, reporters, threshold },
    },
  })
  return true
}
