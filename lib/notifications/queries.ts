import 'server-only'
import { db } from '../db'
import type { NotificationKind } from '../generated/prisma/enums'
import { excerpt } from '../markdown/render'
import { paths } from '../paths'

export const NOTIFICATIONS_SHOWN = 50
/** The bell shows "99+" beyond this; counting further is wasted work. */
export const UNREAD_COUNT_CAP = 99
const SNIPPET_LENGTH = 140
const MESSAGE_KINDS: ReadonlySet<NotificationKind> = new Set(['MOD_ACTION', 'WARNING', 'REPORT_HANDLED'])

export async function countUnreadNotifications(userId: string): Promise<number> {
  const rows = await db.notification.findMany({
    where: { userId, readAt: null },
    select: { id: true },
    take: UNREAD_COUNT_CAP + 1,
  })
  return rows.length
}

export interface NotificationView {
  id: number
  kind: NotificationKind
  read: boolean
  createdAt: Date
  actorHandle: string | null
  postTitle: string | null
  snippet: string | null
  message: string | null
  href: string | null
}

export async function listNotifications(userId: string): Promise<NotificationView[]> {
  const rows = await db.notification.findMany({
    where: { userId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: NOTIFICATIONS_SHOWN,
    select: {
      id: true,
      kind: true,
      readAt: true,
      createdAt: true,
      message: true,
      actor: { select: { handle: true } },
      post: { select: { id: true, title: true, deletedAt: true } },
      comment: { select: { id: true, body: true, deletedAt: true, status: true } },
    },
  })
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    read: row.readAt !== null,
    createdAt: row.createdAt,
    actorHandle: row.actor?.handle ?? null,
    postTitle: row.post ? (row.post.deletedAt ? '[deleted]' : row.post.title) : null,
    // Moderators' notices carry their own text (the reason); replies show the reply.
    snippet: !MESSAGE_KINDS.has(row.kind) && row.comment && !row.comment.deletedAt && row.comment.status === 'VISIBLE' ? excerpt(row.comment.body, SNIPPET_LENGTH) : null,
    message: row.message,
    href: row.post ? (row.comment ? paths.comment(row.post.id, row.comment.id) : paths.thread(row.post.id, row.post.title)) : null,
  }))
}
