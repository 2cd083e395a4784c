import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { actionVerb, type LogPage } from '@/lib/moderation/log'
import { paths } from '@/lib/paths'

/** The moderation log as a list: who did what to what, why, when. Text only, never HTML. */
export function LogList({ page, pageHref, showNotes, paged }: { page: LogPage; pageHref: (before?: number) => string; showNotes: boolean; paged: boolean }) {
  if (!page.entries.length) return <p className="rounded-lg border border-line bg-surface p-4 text-muted">Nothing here yet.</p>
  return (
    <>
      <ol className="divide-y divide-line rounded-xl border border-line bg-surface">
        {page.entries.map((entry) => (
          <li key={entry.id} className="space-y-1 p-3 sm:p-4">
            <p className="break-words">
              {entry.moderatorHandle ? (
                <Link href={paths.user(entry.moderatorHandle)} className="font-semibold hover:underline">
                  {entry.moderatorHandle}
                </Link>
              ) : (
                <span className="font-semibold">[deleted account]</span>
              )}{' '}
              {actionVerb(entry.action)}{' '}
              {entry.target.href ? (
                <Link href={entry.target.href} className="text-accent underline">
                  {entry.target.label}
                </Link>
              ) : (
                <span>{entry.target.label}</span>
              )}
              {entry.summary && <span className="text-muted"> ({entry.summary})</span>}
              <span className="text-sm text-muted">
                {' '}
                · <RelativeTime date={entry.createdAt} />
              </span>
            </p>
            {entry.reason && <p className="break-words text-sm">Reason: {entry.reason}</p>}
            {showNotes && entry.privateNote && (
              <p className="break-words rounded bg-neutral-soft px-2 py-1 text-sm">
                <span className="font-medium">Private note:</span> {entry.privateNote}
              </p>
            )}
          </li>
        ))}
      </ol>
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {paged && (
          <Link href={pageHref()} className="text-accent underline">
            ← Newest
          </Link>
        )}
        {page.nextBefore && (
          <Link href={pageHref(page.nextBefore)} className="text-accent underline">
            Older →
          </Link>
        )}
      </nav>
    </>
  )
}
