import Link from 'next/link'
import type { StoryCard as StoryCardData } from '@/lib/stories/queries'
import { paths } from '@/lib/paths'
import { RelativeTime } from './relative-time'
import { TagChipList } from './tag-chip'

/** One story in a list. Named classes (app/globals.css, "Story lists"): a list repeats this markup
 * twenty times, in the HTML and again in the RSC payload. Author and tag links are plain anchors:
 * nothing to prefetch for them. */
export function StoryCard({ story }: { story: StoryCardData }) {
  const conditions = story.tags.filter((t) => t.kind === 'CONDITION')
  const tried = story.tags.filter((t) => t.kind === 'INTERVENTION')
  return (
    <article className="story-card">
      <h3>
        {/* No prefetch: a list shows twenty of these, and each prefetch is a request to the server. */}
        <Link href={paths.thread(story.id, story.title)} prefetch={false}>
          {story.title}
        </Link>
      </h3>
      <p className="story-meta">
        {story.authorHandle ? <a href={paths.user(story.authorHandle)}>{story.authorHandle}</a> : <b>[deleted]</b>}
        {' · '}
        <RelativeTime date={story.createdAt} exact={false} />
        {story.membersOnly ? ' · members only' : null}
      </p>
      {story.tags.length > 0 && (
        <div className="story-tags">
          <TagChipList tags={conditions} label="Conditions" />
          <TagChipList tags={tried} label="What they tried" />
        </div>
      )}
      {story.excerpt && <p className="story-excerpt">{story.excerpt}</p>}
      {/* One string, not five text nodes: each node costs a marker in the HTML and an entry in the payload. */}
      <p className="story-stats">{`${story.commentCount} ${story.commentCount === 1 ? 'reply' : 'replies'} · ${story.helpfulCount} found it helpful`}</p>
    </article>
  )
}
