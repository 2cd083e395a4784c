import Link from 'next/link'
import type { StoryPage } from '@/lib/discovery/queries'
import { LoadMoreStories } from './load-more-stories'
import { StoryCard } from './story-card'

/** One keyset page of stories, with "load more" for the next ones. */
export function StoryList({
  page,
  apiHref,
  pageHref,
  firstPageHref,
  empty,
}: {
  page: StoryPage
  /** The JSON API with the same filters. */
  apiHref: string
  /** This list's own URL (filters, no cursor): the no-JavaScript "load more" link builds on it. */
  pageHref: string
  /** Set when this is a later page opened by link: a way back to the start. */
  firstPageHref?: string
  empty: React.ReactNode
}) {
  return (
    <div className="story-list">
      {firstPageHref && (
        <p>
          <Link href={firstPageHref} className="link-quiet">
            Back to the newest
          </Link>
        </p>
      )}
      {page.stories.length ? (
        <ul className="story-list">
          {page.stories.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{empty}</p>
      )}
      {page.nextCursor && <LoadMoreStories key={`${apiHref} ${page.nextCursor}`} apiHref={apiHref} pageHref={pageHref} cursor={page.nextCursor} />}
    </div>
  )
}
