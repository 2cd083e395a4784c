import type { Metadata } from 'next'
import { StoryCard } from '@/components/story-card'
import { getViewer } from '@/lib/auth'
import { listNewestStories } from '@/lib/stories/queries'

export const metadata: Metadata = { title: 'Stories' }

const STORIES_PAGE_SIZE = 50

export default async function StoriesPage() {
  const stories = await listNewestStories(await getViewer(), STORIES_PAGE_SIZE)
  return (
    <section aria-labelledby="stories-title" className="space-y-4">
      <h1 id="stories-title" className="text-2xl font-bold">
        Stories
      </h1>
      <p className="text-muted">The newest skin stories: what members tried, and how it went.</p>
      <ul className="space-y-4">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} />
          </li>
        ))}
      </ul>
    </section>
  )
}
