import 'server-only'
import { env } from '../env'
import { paths } from '../paths'
import type { StoryCard } from '../stories/queries'
import { renderRss } from './feed'

/** Feeds are fetched by readers that cache them: a few minutes of staleness is fine. */
const FEED_MAX_AGE_SECONDS = 300

export function feedResponse(request: Request, options: { title: string; description: string; sitePath: string; stories: StoryCard[] }): Response {
  const origin = env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL).origin : new URL(request.url).origin
  const xml = renderRss({
    title: options.title,
    description: options.description,
    siteUrl: new URL(options.sitePath, origin).toString(),
    feedUrl: new URL(new URL(request.url).pathname, origin).toString(),
    items: options.stories.map((story) => ({
      title: story.title,
      url: new URL(paths.thread(story.id, story.title), origin).toString(),
      summary: story.excerpt,
      author: story.authorHandle,
      publishedAt: story.createdAt,
      categories: story.tags.map((t) => t.name),
    })),
  })
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': `public, max-age=${FEED_MAX_AGE_SECONDS}` },
  })
}
