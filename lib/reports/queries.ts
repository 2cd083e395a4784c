// Reads for reporting: the target a report is about (with what the reporter is shown of it),
// and a member's own reports. Never another reporter's, never who handled a report.
import 'server-only'
import { handleKey } from '../accounts/policies'
import { db } from '../db'
import type { ContentStatus, ReportReason, ReportStatus, TargetType, Visibility } from '../generated/prisma/enums'
import { excerpt } from '../markdown/render'
import { paths } from '../paths'
import { canSeePost } from '../visibility'
import type { Viewer } from '../viewer'
import { openReportKey, type ReportTargetFacts } from './policies'
import type { ReportTargetRef } from './schemas'

const PREVIEW_LENGTH = 280
export const MY_REPORTS_SHOWN = 100

export interface ReportTarget {
  facts: ReportTargetFacts
  /** The Report columns that point at it. */
  columns: { targetType: TargetType; postId?: number; commentId?: number; targetUserId?: string }
  /** Its id in Report.openKey: the story's or reply's number, the member's internal id. */
  key: { type: TargetType; id: number | string }
  /** A reply's thread. */
  threadId?: number
  /** What the report page shows of it, once the policy says the reporter may read it. */
  preview: { noun: 'story' | 'reply' | 'member'; title: string; excerpt: string | null; href: string; authorHandle: string | null }
}

const postFacts = { status: true, visibility: true, authorId: true, deletedAt: true } as const

/** The target behind a form's type and id, or null when there is no such thing. */
export async function findReportTarget(ref: ReportTargetRef): Promise<ReportTarget | null> {
  if (ref.type === 'post') {
    const post = await db.post.findUnique({
      where: { id: ref.id },
      select: { ...postFacts, id: true, title: true, body: true, author: { select: { handle: true } } },
    })
    if (!post) return null
    return {
      facts: { type: 'POST', status: post.status, visibility: post.visibility, authorId: post.authorId, deletedAt: post.deletedAt },
      columns: { targetType: 'POST', postId: post.id },
      key: { type: 'POST', id: post.id },
      preview: { noun: 'story', title: post.title, excerpt: excerpt(post.body, PREVIEW_LENGTH), href: paths.thread(post.id, post.title), authorHandle: post.author?.handle ?? null },
    }
  }
  if (ref.type === 'comment') {
    const comment = await db.comment.findUnique({
      where: { id: ref.id },
      select: {
        id: true,
        postId: true,
        body: true,
        status: true,
        authorId: true,
        deletedAt: true,
        author: { select: { handle: true } },
        post: { select: { ...postFacts, title: true } },
      },
    })
    if (!comment) return null
    const { post } = comment
    return {
      facts: {
        type: 'COMMENT',
        status: comment.status,
        authorId: comment.authorId,
        deletedAt: comment.deletedAt,
        post: { status: post.status, visibility: post.visibility, authorId: post.authorId, deletedAt: post.deletedAt },
      },
      columns: { targetType: 'COMMENT', commentId: comment.id },
      key: { type: 'COMMENT', id: comment.id },
      threadId: comment.postId,
      preview: {
        noun: 'reply',
        title: `A reply in “${post.deletedAt ? '[deleted]' : post.title}”`,
        excerpt: excerpt(comment.body, PREVIEW_LENGTH),
        href: paths.comment(comment.postId, comment.id),
        authorHandle: comment.author?.handle ?? null,
      },
    }
  }
  const user = await db.user.findUnique({ where: { handleKey: handleKey(ref.id) }, select: { id: true, handle: true, bio: true } })
  if (!user) return null
  return {
    facts: { type: 'USER', id: user.id },
    columns: { targetType: 'USER', targetUserId: user.id },
    key: { type: 'USER', id: user.id },
    preview: { noun: 'member', title: user.handle, excerpt: user.bio ? excerpt(user.bio, PREVIEW_LENGTH) : null, href: paths.user(user.handle), authorHandle: null },
  }
}

/** When the reporter's open report on this target was made, if there is one. */
export async function findOpenReport(reporterId: string, target: ReportTarget): Promise<{ createdAt: Date } | null> {
  return db.report.findUnique({ where: { openKey: openReportKey(reporterId, target.key) }, select: { createdAt: true } })
}

export interface MyReport {
  id: number
  reason: ReportReason
  note: string | null
  status: ReportStatus
  createdAt: Date
  resolvedAt: Date | null
  /** What was reported, as far as the reporter may still see it. */
  target: { noun: 'story' | 'reply' | 'member'; label: string; href: string | null }
}

/** The member's own reports, newest first. */
export async function listMyReports(viewer: NonNullable<Viewer>, limit = MY_REPORTS_SHOWN): Promise<MyReport[]> {
  const rows = await db.report.findMany({
    where: { reporterId: viewer.id },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: {
      id: true,
      targetType: true,
      reason: true,
      note: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      post: { select: { id: true, title: true, ...postFacts } },
      comment: { select: { id: true, postId: true, post: { select: { title: true, ...postFacts } } } },
      targetUser: { select: { handle: true } },
    },
  })
  return rows.map((row) => ({
    id: row.id,
    reason: row.reason,
    note: row.note,
    status: row.status,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    target: describeTarget(row, viewer),
  }))
}

interface PostRow {
  status: ContentStatus
  visibility: Visibility
  authorId: string | null
  deletedAt: Date | null
}

interface ReportRow {
  targetType: TargetType
  post: ({ id: number; title: string } & PostRow) | null
  comment: { id: number; postId: number; post: { title: string } & PostRow } | null
  targetUser: { handle: string } | null
}

// A title is shown only while the reporter could still see it on the site: a story hidden or
// removed since stays unnamed here too.
function describeTarget(row: ReportRow, viewer: NonNullable<Viewer>): MyReport['target'] {
  if (row.targetType === 'USER') {
    return row.targetUser ? { noun: 'member', label: row.targetUser.handle, href: paths.user(row.targetUser.handle) } : { noun: 'member', label: 'a deleted account', href: null }
  }
  if (row.targetType === 'POST') {
    const post = row.post
    if (!post) return { noun: 'story', label: 'a story that no longer exists', href: null }
    const visible = canSeePost(viewer, post) && post.status !== 'REMOVED' && post.deletedAt === null
    return visible ? { noun: 'story', label: post.title, href: paths.thread(post.id, post.title) } : { noun: 'story', label: 'a story no longer shown', href: null }
  }
  const comment = row.comment
  if (!comment) return { noun: 'reply', label: 'a reply that no longer exists', href: null }
  const thread = comment.post
  const visible = canSeePost(viewer, thread) && thread.status !== 'REMOVED' && thread.deletedAt === null
  return { noun: 'reply', label: visible ? `a reply in “${thread.title}”` : 'a reply', href: paths.comment(comment.postId, comment.id) }
}
