import type { Metadata } from 'next'
import { notFound, permanentRedirect } from 'next/navigation'
import { StoryCard } from '@/components/story-card'
import { getViewer } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { listNewestStories } from '@/lib/stories/queries'
import { getTag } from '@/lib/tags/queries'

const TAG_STORIES_LIMIT = 50
const CATEGORY_LABELS = {
  PROBIOTIC: 'Probiotic',
  PREBIOTIC: 'Prebiotic',
  DIET: 'Diet',
  LIFESTYLE: 'Lifestyle',
  SUPPLEMENT: 'Supplement',
  TOPICAL: 'Topical',
  MEDICATION: 'Medication',
  PROCEDURE: 'Procedure',
  OTHER: 'Other',
} as const

interface Props {
  params: Promise<{ slug: string }>
}

async function load(props: Props) {
  const { slug } = await props.params
  const tag = await getTag(decodeURIComponent(slug))
  if (!tag) notFound()
  if (tag.slug !== slug) permanentRedirect(paths.tag(tag.slug))
  return tag
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const tag = await load(props)
  return { title: tag.name, description: tag.description || undefined }
}

export default async function TagPage(props: Props) {
  const tag = await load(props)
  const stories = await listNewestStories(await getViewer(), TAG_STORIES_LIMIT, tag.id)
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">
          {tag.kind === 'CONDITION' ? 'Condition' : `What people tried${tag.category ? ` · ${CATEGORY_LABELS[tag.category]}` : ''}`}
        </p>
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{tag.name}</h1>
        {tag.description && <p className="text-muted">{tag.description}</p>}
        {tag.synonyms.length > 0 && <p className="text-sm text-muted">Also called: {tag.synonyms.join(', ')}</p>}
        <p className="text-sm">
          {tag.postCount} {tag.postCount === 1 ? 'story' : 'stories'}
        </p>
      </header>
      <section aria-labelledby="tag-stories-title" className="space-y-4">
        <h2 id="tag-stories-title" className="text-xl font-semibold">
          Newest stories
        </h2>
        {stories.length ? (
          <ul className="space-y-4">
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">No stories with this tag yet.</p>
        )}
      </section>
    </div>
  )
}
