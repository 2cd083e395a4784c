// Notification emails: only when an SMTP server is configured, only to members who turned them
// on in their settings and verified their address. The email names who replied and where, with
// a link; it does not quote what was written (health details stay on the site).
import 'server-only'
import { db } from '../db'
import { env } from '../env'
import { mailDelivery, sendSiteMail, type Mail } from '../mail'
import { paths } from '../paths'
import { isPublic } from '../visibility'
import { notificationSubject } from './subject'

const SUBJECTS = {
  REPLY: (actor: string) => `${actor} replied to you on WhatHelped`,
  MENTION: (actor: string) => `${actor} mentioned you on WhatHelped`,
  THREAD_REPLY: (actor: string) => `${actor} replied in a thread you follow`,
} as const

type Deliver = (mail: Mail) => Promise<boolean>

/**
 * Emails the notifications a new comment created; returns how many were sent. Runs after the
 * comment's transaction has committed. `deliver` is for tests; without it nothing is sent
 * unless SMTP is configured.
 */
export async function emailCommentNotifications(commentId: number, deliver?: Deliver): Promise<number> {
  const send = deliver ?? (mailDelivery() === 'smtp' ? sendSiteMail : null)
  if (!send) return 0
  const pending = await db.notification.findMany({
    where: {
      commentId,
      emailedAt: null,
      kind: { in: ['REPLY', 'MENTION', 'THREAD_REPLY'] },
      user: { emailNotifications: true, emailVerifiedAt: { not: null }, email: { not: null }, status: { not: 'BANNED' } },
    },
    select: {
      id: true,
      kind: true,
      user: { select: { id: true, handle: true, role: true, email: true } },
      actor: { select: { handle: true } },
      post: { select: { id: true, title: true, status: true, visibility: true, authorId: true, deletedAt: true } },
      comment: { select: { status: true, deletedAt: true } },
    },
  })
  const origin = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : 'http://localhost:3000'
  let sent = 0
  for (const notification of pending) {
    const kind = notification.kind as keyof typeof SUBJECTS
    if (!notification.user.email || !notification.post || !(kind in SUBJECTS)) continue
    // Sent after the commit, or on a moderator's approval: the story or the reply may have been
    // hidden, removed or deleted since. An email about something the recipient cannot open is
    // not sent at all (it stays in their list, neutrally worded: lib/notifications/subject.ts).
    const subject = notificationSubject(notification.user, notification.post)
    if (!subject.reachable || !notification.comment || !isPublic(notification.comment)) continue
    const actor = notification.actor?.handle ?? 'Someone'
    const link = new URL(paths.comment(notification.post.id, commentId), origin).toString()
    const ok = await send({
      to: notification.user.email,
      subject: SUBJECTS[kind](actor),
      text:
        `${actor} wrote in “${subject.title}”.\n\nRead it: ${link}\n\n` +
        `You get these emails because you turned them on. Turn them off in your settings: ${new URL(paths.settings(), origin)}`,
    })
    if (ok) {
      await db.notification.update({ where: { id: notification.id }, data: { emailedAt: new Date() } })
      sent += 1
    }
  }
  return sent
}
