import type { Metadata } from 'next'
import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { requireUser } from '@/lib/auth'
import { listBookmarks } from '@/lib/bookmarks/queries'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Bookmarks', robots: { index: false } }

export default async function BookmarksPage() {
  const user = await requireUser({ redirectTo: paths.bookmarks() })
  const bookmarks = await listBookmarks(user)
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">Bookmarks</h1>
      {bookmarks.length === 0 ? (
        <p className="text-muted">No bookmarks yet. Use &ldquo;Bookmark&rdquo; on a story to keep it here.</p>
      ) : (
        <ul className="space-y-3">
          {bookmarks.map((b) => (
            <li key={b.postId} className="rounded-lg border border-line bg-surface p-3 sm:p-4">
              <Link href={paths.thread(b.postId, b.title)} className="font-medium text-accent underline">
                {b.title}
              </Link>
              <p className="mt-1 text-sm text-muted">
                {b.authorHandle ?? '[deleted]'} · {b.commentCount} {b.commentCount === 1 ? 'reply' : 'replies'} · active{' '}
                <RelativeTime date={b.lastActivityAt} /> · saved <RelativeTime date={b.savedAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
