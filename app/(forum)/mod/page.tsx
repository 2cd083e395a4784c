import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ModPageHeader } from '@/components/moderation/mod-page-header'
import { HeldItemView, QueueGroupItem } from '@/components/moderation/queue-item'
import { isModerator } from '@/lib/roles'
import { getSessionUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { QUEUE_GROUPS_SHOWN, getModerationQueue, listTagsForEditing } from '@/lib/moderation/queue'

export const metadata: Metadata = { title: 'Moderation queue', robots: { index: false } }
export const dynamic = 'force-dynamic'

export default async function ModerationQueuePage() {
  // Not found for everyone but moderators: checked here, and again by every action.
  const user = await getSessionUser()
  if (!user || !isModerator(user)) notFound()
  const [queue, conditions] = await Promise.all([getModerationQueue(), listTagsForEditing()])
  return (
    <div className="space-y-8">
      <ModPageHeader
        title="Moderation queue"
        links={[
          { href: paths.modLog(), label: 'Full log' },
          { href: paths.moderationLog(), label: 'Public log' },
        ]}
      />

      <section aria-labelledby="reports-title" className="space-y-4">
        <h2 id="reports-title" className="text-xl font-semibold">
          Reports{' '}
          <span className="text-base font-normal text-muted">
            ({queue.openGroups} open {queue.openGroups === 1 ? 'item' : 'items'}
            {queue.openGroups > QUEUE_GROUPS_SHOWN && `, the ${QUEUE_GROUPS_SHOWN} most urgent shown`})
          </span>
        </h2>
        <p className="text-sm text-muted">Most urgent first: the worst reason, then how many people reported it, then how long it has waited.</p>
        {queue.groups.length ? (
          <ol className="space-y-4">
            {queue.groups.map((group) => (
              <QueueGroupItem key={group.key} group={group} actor={user} conditions={conditions} />
            ))}
          </ol>
        ) : (
          <p className="rounded-lg border border-line bg-surface p-4 text-muted">No open reports. Thank you.</p>
        )}
      </section>

      <section aria-labelledby="held-title" className="space-y-4">
        <h2 id="held-title" className="text-xl font-semibold">
          Held for review <span className="text-base font-normal text-muted">({queue.held.length})</span>
        </h2>
        <p className="text-sm text-muted">New accounts&rsquo; stories and replies with links wait here until a moderator approves or removes them.</p>
        {queue.held.length ? (
          <ol className="space-y-4">
            {queue.held.map((item) => (
              <HeldItemView key={item.key} content={item.content} author={item.author} actor={user} conditions={conditions} />
            ))}
          </ol>
        ) : (
          <p className="rounded-lg border border-line bg-surface p-4 text-muted">Nothing is waiting.</p>
        )}
      </section>
    </div>
  )
}
