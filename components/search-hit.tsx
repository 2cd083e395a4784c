import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import { TagChipList } from '@/components/tag-chip'
import { paths } from '@/lib/paths'
import type { SearchHit as SearchHitData } from '@/lib/search/queries'
import type { SnippetPart } from '@/lib/search/schemas'

/** Highlighted words as <mark>, everything else as text: React escapes it, nothing is HTML. */
function Highlighted({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) =>
    part.hit ? (
      <mark key={i} className="rounded bg-accent-soft px-0.5 text-ink">
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  )
}

export function SearchHit({ hit }: { hit: SearchHitData }) {
  const { story } = hit
  return (
    <article className="story-card">
      <h3>
        <Link href={paths.thread(story.id, story.title)}>
          <Highlighted parts={hit.title} />
        </Link>
      </h3>
      <p className="story-meta">
        <b>{story.authorHandle ?? '[deleted]'}</b> · <RelativeTime date={story.createdAt} />
        {story.membersOnly && <> · members only</>}
        {hit.matchedIn === 'comments' && <> · found in the replies</>}
      </p>
      <div className="story-tags">
        <TagChipList tags={story.tags} label="Tags" />
      </div>
      {hit.snippet.length > 0 && (
        <p className="mt-3 text-muted">
          <Highlighted parts={hit.snippet} />
        </p>
      )}
    </article>
  )
}
