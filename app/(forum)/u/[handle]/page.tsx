import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { RelativeTime } from '@/components/relative-time'
import { ReportLink } from '@/components/reports/report-link'
import { currentHandleFor, getPublicProfile, listProfileComments, listProfileStories, pageParam } from '@/lib/accounts/queries'
import { getViewer } from '@/lib/auth'
import { isStorableText } from '@/lib/http/storable-text'
import { paths } from '@/lib/paths'

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const joined = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** The handle the address names. Next has already percent-decoded it (decoding again broke on
 * "/u/%25"); text PostgreSQL cannot compare ("/u/%00") is no member's handle. */
async function handleParam(params: Props['params']): Promise<string | null> {
  const { handle } = await params
  return isStorableText(handle) ? handle : null
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const handle = await handleParam(params)
  const profile = handle === null ? null : await getPublicProfile(handle)
  return { title: profile ? profile.handle : 'Member not found' }
}

// Public: handle, joined date, bio, the conditions they chose to show, their stories and
// comments. Nothing else (no email, no reactions, no bookmarks).
export default async function ProfilePage({ params, searchParams }: Props) {
  const handle = await handleParam(params)
  if (handle === null) notFound()
  const query = await searchParams
  const profile = await getPublicProfile(handle)
  if (!profile) {
    const current = await currentHandleFor(handle)
    if (current) permanentRedirect(paths.user(current))
    notFound()
  }
  const viewer = await getViewer()
  const storyPage = pageParam(query.stories)
  const commentPage = pageParam(query.comments)
  const [stories, comments] = await Promise.all([listProfileStories(profile.id, storyPage), listProfileComments(profile.id, viewer, commentPage)])
  const own = viewer?.id === profile.id
  const pageLink = (key: 'stories' | 'comments', page: number) => {
    const next = new URLSearchParams({ stories: String(storyPage), comments: String(commentPage) })
    next.set(key, String(page))
    return `${paths.user(profile.handle)}?${next}#${key}`
  }

  return (
    <div className="space-y-8">
      {query.welcome && own && (
        <p role="status" className="rounded-lg border border-good/40 bg-good-soft px-3 py-2 text-good">
          Welcome to WhatHelped, {profile.handle}! We have sent you an email to confirm your address.
        </p>
      )}
      <header className="rounded-2xl border border-line bg-surface p-5 sm:p-7">
        <h1 className="break-words font-serif text-3xl font-bold">{profile.handle}</h1>
        <p className="mt-1 text-sm text-muted">Member since {joined.format(profile.createdAt)}</p>
        {profile.bio && <p className="mt-3 whitespace-pre-line">{profile.bio}</p>}
        {profile.conditions.length > 0 && (
          <ul aria-label="Conditions" className="mt-3 flex flex-wrap gap-2">
            {profile.conditions.map((tag) => (
              <li key={tag.slug}>
                <Link href={paths.tag(tag.slug)} className="inline-flex rounded-full border border-accent/30 bg-accent-soft px-2.5 py-0.5 text-sm no-underline hover:underline">
                  {tag.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {own && (
          <p className="mt-4 text-sm">
            <Link href={paths.settings()} className="text-accent underline">
              Edit your profile and settings
            </Link>
          </p>
        )}
        {!own && (
          <p className="mt-4">
            <ReportLink type="user" id={profile.handle} what={profile.handle} />
          </p>
        )}
      </header>

      <section id="stories" aria-labelledby="stories-title">
        <h2 id="stories-title" className="text-xl font-semibold">
          Stories
        </h2>
        {stories.items.length ? (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
            {stories.items.map((story) => (
              <li key={story.id} className="p-4">
                <Link href={paths.thread(story.id, story.title)} className="font-medium hover:underline">
                  {story.title}
                </Link>
                <p className="mt-1 text-sm text-muted">
                  <RelativeTime date={story.createdAt} /> · {story.commentCount} {story.commentCount === 1 ? 'reply' : 'replies'} · {story.helpfulCount} found it helpful
                  {story.membersOnly && ' · members only'}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-muted">{storyPage > 1 ? 'No more stories.' : 'No stories yet.'}</p>
        )}
        <Pager label="Stories pages" page={storyPage} hasMore={stories.hasMore} href={(p) => pageLink('stories', p)} />
      </section>

      <section id="comments" aria-labelledby="comments-title">
        <h2 id="comments-title" className="text-xl font-semibold">
          Replies
        </h2>
        {comments.items.length ? (
          <ul className="mt-3 divide-y divide-line rounded-xl border border-line bg-surface">
            {comments.items.map((comment) => (
              <li key={comment.id} className="p-4">
                <p className="text-sm text-muted">
                  On{' '}
                  <Link href={paths.comment(comment.postId, comment.id)} className="font-medium text-ink hover:underline">
                    {comment.postTitle}
                  </Link>{' '}
                  · <RelativeTime date={comment.createdAt} />
                </p>
                {comment.excerpt ? <p className="mt-1 line-clamp-3">{comment.excerpt}</p> : <p className="mt-1 text-sm text-muted">In a members-only thread.</p>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-3 text-muted">{commentPage > 1 ? 'No more replies.' : 'No replies yet.'}</p>
        )}
        <Pager label="Replies pages" page={commentPage} hasMore={comments.hasMore} href={(p) => pageLink('comments', p)} />
      </section>
    </div>
  )
}

function Pager({ label, page, hasMore, href }: { label: string; page: number; hasMore: boolean; href: (page: number) => string }) {
  if (page === 1 && !hasMore) return null
  return (
    <nav aria-label={label} className="mt-3 flex gap-4 text-sm">
      {page > 1 && (
        <Link href={href(page - 1)} className="text-accent underline">
          ← Newer
        </Link>
      )}
      {hasMore && (
        <Link href={href(page + 1)} className="text-accent underline">
          Older →
        </Link>
      )}
    </nav>
  )
}
