import 'server-only'
import { db } from '../db'
import type { NotificationKind } from '../generated/prisma/enums'
import { excerpt } from '../markdown/render'
import { paths } from '../paths'
import { isPublic } from '../visibility'
import { notificationSubject } from './subject'

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
  // The recipient's role decides what they may still see of each story (notificationSubject).
  const [recipient, rows] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { id: true, handle: true, role: true } }),
    db.notification.findMany({
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
        post: { select: { id: true, title: true, deletedAt: true, status: true, visibility: true, authorId: true } },
        comment: { select: { id: true, body: true, deletedAt: true, status: true } },
      },
    }),
  ])
  if (!recipient) return []
  return rows.map((row) => {
    const subject = row.post ? notificationSubject(recipient, row.post) : null
    const reachable = subject?.reachable ?? true
    return {
      id: row.id,
      kind: row.kind,
      read: row.readAt !== null,
      createdAt: row.createdAt,
      actorHandle: row.actor?.handle ?? null,
      postTitle: subject?.title ?? null,
      // Moderators' notices carry their own text (the reason); replies show the reply.
      snippet:
        reachable && !MESSAGE_KINDS.has(row.kind) && row.comment && isPublic(row.comment)
          ? excerpt(row.comment.body, SNIPPET_LENGTH)
          : null,
      message: row.message,
      href: row.post && reachable ? (row.comment ? paths.comment(row.post.id, row.comment.id) : paths.thread(row.post.id, subject?.titleShown ? row.post.title : undefined)) : null,
    }
  })
}
