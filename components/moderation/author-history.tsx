import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { actionVerb } from '@/lib/moderation/log'
import type { AuthorHistory } from '@/lib/moderation/queue'
import { paths } from '@/lib/paths'

/** Who wrote it: account age, standing, approved posts and what the moderators did before. */
export function AuthorHistoryCard({ author }: { author: AuthorHistory }) {
  const suspended = author.status === 'SUSPENDED' && author.suspendedUntil !== null && author.suspendedUntil > new Date()
  return (
    <div className="rounded-lg border border-line bg-neutral-soft p-3 text-sm">
      <p>
        <Link href={paths.user(author.handle)} className="font-semibold hover:underline">
          {author.handle}
        </Link>
        {author.role !== 'MEMBER' && <span className="ml-1 rounded bg-accent-soft px-1.5 text-xs font-semibold">{author.role.toLowerCase()}</span>}
        <span className="text-muted">
          {' '}
          · joined <RelativeTime date={author.joinedAt} /> · {author.approvedPostCount} approved {author.approvedPostCount === 1 ? 'post' : 'posts'}
        </span>
      </p>
      <p className="mt-1">
        {author.status === 'BANNED' ? (
          <span className="font-semibold text-bad">Banned</span>
        ) : suspended ? (
          <span className="font-semibold text-bad">
            Suspended until <RelativeTime date={author.suspendedUntil!} />
          </span>
        ) : (
          <span className="text-muted">In good standing</span>
        )}
        <span className="text-muted">
          {' '}
          · {author.priorActions === 0 ? 'no earlier moderation' : `${author.priorActions} earlier moderation ${author.priorActions === 1 ? 'action' : 'actions'}`}
        </span>
      </p>
      {author.recentActions.length > 0 && (
        <ul className="mt-1 list-disc pl-5 text-muted">
          {author.recentActions.map((action, index) => (
            <li key={index}>
              {actionVerb(action.action)} <RelativeTime date={action.createdAt} />
              {action.reason && <> — &ldquo;{action.reason}&rdquo;</>}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
