import type { Metadata } from 'next'
import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { requireUser } from '@/lib/auth'
import type { NotificationKind } from '@/lib/generated/prisma/enums'
import { listNotifications } from '@/lib/notifications/queries'
import { paths } from '@/lib/paths'
import { MarkReadButton } from './_components/mark-read-button'

export const metadata: Metadata = { title: 'Notifications', robots: { index: false } }

const KIND_TEXT: Record<NotificationKind, string> = {
  REPLY: 'replied to you in',
  THREAD_REPLY: 'replied in a thread you follow:',
  MENTION: 'mentioned you in',
  MOD_ACTION: 'From the moderators:',
  WARNING: 'A moderator sent you a warning',
  REPORT_HANDLED: 'Your report was handled:',
}

export default async function NotificationsPage() {
  const user = await requireUser({ redirectTo: paths.notifications() })
  const notifications = await listNotifications(user.id)
  const unread = notifications.filter((n) => !n.read).length
  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">Notifications</h1>
        {unread > 0 && <MarkReadButton label="Mark all as read" />}
      </header>
      {notifications.length === 0 ? (
        <p className="text-muted">Nothing yet. Replies to you, mentions and new replies in threads you follow show up here.</p>
      ) : (
        <ul className="space-y-3">
          {notifications.map((n) => (
            <li key={n.id} className={`rounded-lg border p-3 sm:p-4 ${n.read ? 'border-line bg-surface' : 'border-accent/50 bg-accent-soft/30'}`}>
              <p className="text-sm">
                {!n.read && <span className="mr-2 rounded bg-accent px-1.5 py-0.5 text-xs font-semibold text-accent-ink">new</span>}
                {n.actorHandle && <span className="font-medium">{n.actorHandle} </span>}
                {KIND_TEXT[n.kind]}{' '}
                {n.href && n.postTitle ? (
                  <Link href={n.href} className="font-medium text-accent underline">
                    {n.postTitle}
                  </Link>
                ) : (
                  n.postTitle
                )}
                <span className="text-muted">
                  {' '}
                  · <RelativeTime date={n.createdAt} />
                </span>
              </p>
              {(n.snippet || n.message) && <p className="mt-1 text-muted">{n.snippet ?? n.message}</p>}
              {!n.read && (
                <div className="mt-2">
                  <MarkReadButton id={n.id} label="Mark as read" />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
