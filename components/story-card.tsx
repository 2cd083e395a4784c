import Link from 'next/link'
import type { StoryCard as StoryCardData } from '@/lib/stories/queries'
import { paths } from '@/lib/paths'
import { RelativeTime } from './relative-time'
import { TagChipList } from './tag-chip'

export function StoryCard({ story }: { story: StoryCardData }) {
  const conditions = story.tags.filter((t) => t.kind === 'CONDITION')
  const tried = story.tags.filter((t) => t.kind === 'INTERVENTION')
  return (
    <article className="rounded-xl border border-line bg-surface p-4 sm:p-5">
      <h3 className="text-lg font-semibold leading-snug">
        <Link href={paths.thread(story.id, story.title)} className="hover:underline">
          {story.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-muted">
        {story.authorHandle ? (
          <Link href={paths.user(story.authorHandle)} className="font-medium text-ink hover:underline">
            {story.authorHandle}
          </Link>
        ) : (
          <span className="font-medium text-ink">[deleted]</span>
        )}{' '}
        · <RelativeTime date={story.createdAt} />
        {story.membersOnly && <> · <span>members only</span></>}
      </p>
      <div className="mt-3 space-y-2">
        <TagChipList tags={conditions} label="Conditions" />
        <TagChipList tags={tried} label="What they tried" />
      </div>
      {story.excerpt && <p className="mt-3 line-clamp-3 text-muted">{story.excerpt}</p>}
      <p className="mt-3 text-sm text-muted">
        {story.commentCount} {story.commentCount === 1 ? 'reply' : 'replies'} · {story.helpfulCount} found it helpful
      </p>
    </article>
  )
}
