// The moderators' queue: open reports grouped by what they are about, most urgent first
// (severity of the worst reason, then distinct reporters, then age), and the stories and replies
// held for review. A fixed number of queries whatever the queue's length: one for the groups,
// then one each for their reports, stories, replies, accounts and the accounts' histories.
import 'server-only'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus, ModAction, ReportReason, Role, UserStatus } from '../generated/prisma/enums'
import { renderMarkdown } from '../markdown/render'
import { paths } from '../paths'
import { REASON_SEVERITY } from '../reports/reasons'

/** Groups shown at once; the rest wait for the next page load. */
export const QUEUE_GROUPS_SHOWN = 30
export const HELD_ITEMS_SHOWN = 30
/** Reports listed per group (the count covers all of them). */
export const REPORTS_PER_GROUP = 20
export const HISTORY_ACTIONS_SHOWN = 3
/** Characters of markdown rendered for a queue item: enough to judge, small enough to scan. */
const EXCERPT_SOURCE_LENGTH = 1500

/** Moderation verbs that count against a member in their history. */
export const ACTIONS_AGAINST: readonly ModAction[] = ['HIDE', 'REMOVE', 'LOCK', 'EDIT_TAGS', 'WARN', 'SUSPEND', 'BAN']

export interface AuthorHistory {
  id: string
  handle: string
  role: Role
  status: UserStatus
  suspendedUntil: Date | null
  joinedAt: Date
  approvedPostCount: number
  /** Moderation actions against them or their content, ever. */
  priorActions: number
  recentActions: { action: ModAction; reason: string | null; createdAt: Date }[]
}

export interface QueueContent {
  type: 'POST' | 'COMMENT' | 'USER'
  /** Story or reply id, or the account id. */
  id: string
  title: string
  href: string
  /** Sanitized HTML of the start of the text (a story or reply), or null. */
  excerptHtml: string | null
  status: ContentStatus | null
  deleted: boolean
  createdAt: Date | null
  /** Stories only. */
  locked: boolean
  pinned: boolean
  kind: 'STORY' | 'DISCUSSION' | null
  tags: { id: number; slug: string; name: string; kind: 'CONDITION' | 'INTERVENTION' }[]
  authorId: string | null
}

export interface QueueReport {
  id: number
  reason: ReportReason
  note: string | null
  createdAt: Date
  /** Moderators only: the queue page is theirs alone. */
  reporterHandle: string | null
}

export interface QueueGroup {
  key: string
  severity: number
  reportCount: number
  reporterCount: number
  oldestAt: Date
  reasons: ReportReason[]
  reports: QueueReport[]
  content: QueueContent | null
  author: AuthorHistory | null
}

export interface HeldItem {
  key: string
  content: QueueContent
  author: AuthorHistory | null
}

export interface ModerationQueue {
  groups: QueueGroup[]
  /** All open groups, including those beyond QUEUE_GROUPS_SHOWN. */
  openGroups: number
  held: HeldItem[]
}

interface GroupRow {
  targetType: 'POST' | 'COMMENT' | 'USER'
  postId: number | null
  commentId: number | null
  targetUserId: string | null
  reports: number
  reporters: number
  oldest: Date
  severity: number
  reasons: ReportReason[]
}

function severityCase(): Prisma.Sql {
  const whens = Object.entries(REASON_SEVERITY).map(([reason, severity]) => Prisma.sql`WHEN ${reason} THEN ${severity}::int`)
  return Prisma.sql`CASE r.reason::text ${Prisma.join(whens, ' ')} ELSE 0 END`
}

const postSelect = {
  id: true,
  title: true,
  body: true,
  status: true,
  deletedAt: true,
  locked: true,
  pinned: true,
  kind: true,
  authorId: true,
  createdAt: true,
  tags: { select: { tag: { select: { id: true, slug: true, name: true, kind: true } } } },
} as const
const commentSelect = {
  id: true,
  body: true,
  status: true,
  deletedAt: true,
  authorId: true,
  postId: true,
  createdAt: true,
  post: { select: { title: true } },
} as const

type PostRow = Prisma.PostGetPayload<{ select: typeof postSelect }>
type CommentRow = Prisma.CommentGetPayload<{ select: typeof commentSelect }>

function excerptHtml(body: string, deleted: boolean): string | null {
  if (deleted) return null
  const source = body.length > EXCERPT_SOURCE_LENGTH ? `${body.slice(0, EXCERPT_SOURCE_LENGTH)}…` : body
  return renderMarkdown(source)
}

function postContent(post: PostRow): QueueContent {
  return {
    type: 'POST',
    id: String(post.id),
    title: post.title,
    href: paths.thread(post.id, post.title),
    excerptHtml: excerptHtml(post.body, post.deletedAt !== null),
    status: post.status,
    deleted: post.deletedAt !== null,
    createdAt: post.createdAt,
    locked: post.locked,
    pinned: post.pinned,
    kind: post.kind,
    tags: post.tags.map((t) => t.tag),
    authorId: post.authorId,
  }
}

function commentContent(comment: CommentRow): QueueContent {
  return {
    type: 'COMMENT',
    id: String(comment.id),
    title: `Reply in “${comment.post.title}”`,
    href: paths.comment(comment.postId, comment.id),
    excerptHtml: excerptHtml(comment.body, comment.deletedAt !== null),
    status: comment.status,
    deleted: comment.deletedAt !== null,
    createdAt: comment.createdAt,
    locked: false,
    pinned: false,
    kind: null,
    tags: [],
    authorId: comment.authorId,
  }
}

/** Account age, standing and moderation history of these members, in two queries. */
export async function authorHistories(userIds: string[]): Promise<Map<string, AuthorHistory>> {
  const ids = [...new Set(userIds)]
  const histories = new Map<string, AuthorHistory>()
  if (!ids.length) return histories
  const against = ACTIONS_AGAINST.map((a) => a as string)
  const [users, counts, recent] = await Promise.all([
    db.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, handle: true, role: true, status: true, suspendedUntil: true, createdAt: true, approvedPostCount: true },
    }),
    db.moderationAction.groupBy({ by: ['targetUserId'], where: { targetUserId: { in: ids }, action: { in: [...ACTIONS_AGAINST] } }, _count: { _all: true } }),
    db.$queryRaw<{ userId: string; action: ModAction; reason: string | null; createdAt: Date }[]>`
      SELECT u.id AS "userId", a.action, a.reason, a."createdAt"
      FROM unnest(${ids}::text[]) AS u(id)
      CROSS JOIN LATERAL (
        SELECT m.action, m.reason, m."createdAt" FROM "ModerationAction" m
        WHERE m."targetUserId" = u.id AND m.action::text = ANY(${against}::text[])
        ORDER BY m."createdAt" DESC, m.id DESC LIMIT ${HISTORY_ACTIONS_SHOWN}
      ) a`,
  ])
  const countOf = new Map(counts.map((c) => [c.targetUserId, c._count._all]))
  for (const user of users) {
    histories.set(user.id, {
      id: user.id,
      handle: user.handle,
      role: user.role,
      status: user.status,
      suspendedUntil: user.suspendedUntil,
      joinedAt: user.createdAt,
      approvedPostCount: user.approvedPostCount,
      priorActions: countOf.get(user.id) ?? 0,
      recentActions: [],
    })
  }
  for (const row of recent) histories.get(row.userId)?.recentActions.push({ action: row.action, reason: row.reason, createdAt: row.createdAt })
  return histories
}

function groupKey(row: { targetType: string; postId: number | null; commentId: number | null; targetUserId: string | null }): string {
  return row.targetType === 'POST' ? `POST:${row.postId}` : row.targetType === 'COMMENT' ? `COMMENT:${row.commentId}` : `USER:${row.targetUserId}`
}

export async function getModerationQueue(): Promise<ModerationQueue> {
  const [groupRows, openGroupRows, heldPosts, heldComments] = await Promise.all([
    db.$queryRaw<GroupRow[]>`
      SELECT r."targetType"::text AS "targetType", r."postId", r."commentId", r."targetUserId",
             count(*)::int AS reports, count(DISTINCT r."reporterId")::int AS reporters,
             min(r."createdAt") AS oldest, max(${severityCase()})::int AS severity,
             array_agg(DISTINCT r.reason::text) AS reasons
      FROM "Report" r
      WHERE r.status = 'OPEN'
      GROUP BY r."targetType", r."postId", r."commentId", r."targetUserId"
      ORDER BY severity DESC, reporters DESC, oldest ASC
      LIMIT ${QUEUE_GROUPS_SHOWN}`,
    db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT 1 FROM "Report" WHERE status = 'OPEN' GROUP BY "targetType", "postId", "commentId", "targetUserId"
      ) g`,
    db.post.findMany({ where: { status: 'PENDING', deletedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: HELD_ITEMS_SHOWN, select: postSelect }),
    db.comment.findMany({ where: { status: 'PENDING', deletedAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], take: HELD_ITEMS_SHOWN, select: commentSelect }),
  ])

  const postIds = groupRows.filter((g) => g.targetType === 'POST').map((g) => g.postId!)
  const commentIds = groupRows.filter((g) => g.targetType === 'COMMENT').map((g) => g.commentId!)
  const userIds = groupRows.filter((g) => g.targetType === 'USER').map((g) => g.targetUserId!)
  const hasGroups = groupRows.length > 0
  const [reports, posts, comments] = await Promise.all([
    // The first REPORTS_PER_GROUP of each group: a mass-reported item cannot crowd out the rest.
    hasGroups
      ? db.$queryRaw<(QueueReport & { targetType: 'POST' | 'COMMENT' | 'USER'; postId: number | null; commentId: number | null; targetUserId: string | null })[]>`
          SELECT id, "targetType", "postId", "commentId", "targetUserId", reason, note, "createdAt", "reporterHandle" FROM (
            SELECT r.id, r."targetType"::text AS "targetType", r."postId", r."commentId", r."targetUserId", r.reason, r.note,
                   r."createdAt", u.handle AS "reporterHandle",
                   row_number() OVER (PARTITION BY r."targetType", r."postId", r."commentId", r."targetUserId" ORDER BY r."createdAt", r.id) AS n
            FROM "Report" r LEFT JOIN "User" u ON u.id = r."reporterId"
            WHERE r.status = 'OPEN' AND (
              (r."targetType" = 'POST' AND r."postId" = ANY(${postIds}::int[]))
              OR (r."targetType" = 'COMMENT' AND r."commentId" = ANY(${commentIds}::int[]))
              OR (r."targetType" = 'USER' AND r."targetUserId" = ANY(${userIds}::text[]))
            )
          ) x WHERE n <= ${REPORTS_PER_GROUP}
          ORDER BY "createdAt", id`
      : [],
    postIds.length ? db.post.findMany({ where: { id: { in: postIds } }, select: postSelect }) : [],
    commentIds.length ? db.comment.findMany({ where: { id: { in: commentIds } }, select: commentSelect }) : [],
  ])

  const authorIds = [
    ...userIds,
    ...posts.map((p) => p.authorId),
    ...comments.map((c) => c.authorId),
    ...heldPosts.map((p) => p.authorId),
    ...heldComments.map((c) => c.authorId),
  ].filter((id): id is string => id !== null)
  const histories = await authorHistories(authorIds)

  const reportsByKey = new Map<string, QueueReport[]>()
  for (const report of reports) {
    const key = groupKey(report)
    const list = reportsByKey.get(key) ?? []
    list.push({ id: report.id, reason: report.reason, note: report.note, createdAt: report.createdAt, reporterHandle: report.reporterHandle })
    reportsByKey.set(key, list)
  }
  const postById = new Map(posts.map((p) => [p.id, p]))
  const commentById = new Map(comments.map((c) => [c.id, c]))

  const groups: QueueGroup[] = groupRows.map((row) => {
    const key = groupKey(row)
    let content: QueueContent | null = null
    let authorId: string | null = null
    if (row.targetType === 'POST') {
      const post = postById.get(row.postId!)
      if (post) content = postContent(post)
      authorId = post?.authorId ?? null
    } else if (row.targetType === 'COMMENT') {
      const comment = commentById.get(row.commentId!)
      if (comment) content = commentContent(comment)
      authorId = comment?.authorId ?? null
    } else {
      const user = histories.get(row.targetUserId!)
      authorId = row.targetUserId
      if (user) {
        content = {
          type: 'USER',
          id: user.id,
          title: `Account ${user.handle}`,
          href: paths.user(user.handle),
          excerptHtml: null,
          status: null,
          deleted: false,
          createdAt: user.joinedAt,
          locked: false,
          pinned: false,
          kind: null,
          tags: [],
          authorId: user.id,
        }
      }
    }
    const reasons = [...row.reasons].sort((a, b) => REASON_SEVERITY[b] - REASON_SEVERITY[a])
    return {
      key,
      severity: row.severity,
      reportCount: row.reports,
      reporterCount: row.reporters,
      oldestAt: row.oldest,
      reasons,
      reports: reportsByKey.get(key) ?? [],
      content,
      author: authorId ? (histories.get(authorId) ?? null) : null,
    }
  })

  const held: HeldItem[] = [
    ...heldPosts.map((post) => ({ key: `POST:${post.id}`, content: postContent(post), author: post.authorId ? (histories.get(post.authorId) ?? null) : null })),
    ...heldComments.map((comment) => ({ key: `COMMENT:${comment.id}`, content: commentContent(comment), author: comment.authorId ? (histories.get(comment.authorId) ?? null) : null })),
  ].sort((a, b) => (a.content.createdAt?.getTime() ?? 0) - (b.content.createdAt?.getTime() ?? 0))

  return { groups, openGroups: openGroupRows[0]?.n ?? 0, held }
}

/** Condition and intervention tags, for the moderators' tag editor. */
export async function listTagsForEditing(): Promise<{ id: number; name: string; kind: 'CONDITION' | 'INTERVENTION' }[]> {
  return db.tag.findMany({ where: { kind: 'CONDITION' }, orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } })
}

/** A story's tags with their ids, for the tag editor on its thread page. */
export async function listPostTagsForEditing(postId: number): Promise<{ id: number; name: string; kind: 'CONDITION' | 'INTERVENTION' }[]> {
  const rows = await db.postTag.findMany({ where: { postId }, orderBy: [{ tagKind: 'asc' }, { tagId: 'asc' }], select: { tag: { select: { id: true, name: true, kind: true } } } })
  return rows.map((row) => row.tag)
}
