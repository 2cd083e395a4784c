// GET /api/stories: the story list as JSON, with the same filters as /stories (see README).
import { NextResponse } from 'next/server'
import { InvalidFieldsError } from '@/lib/api/errors'
import { withRoute } from '@/lib/api/route'
import { getViewer } from '@/lib/auth'
import { listStories, resolveFilters } from '@/lib/discovery/queries'
import { storyListQuerySchema } from '@/lib/discovery/schemas'
import { filterInput } from '@/lib/discovery/url'
import { paths } from '@/lib/paths'

export const GET = withRoute({ query: storyListQuerySchema, readQuery: filterInput }, async ({ query }) => {
  const { cursor, limit, ...filters } = query
  const resolved = await resolveFilters(filters)
  if (resolved.unknownTags.length) throw new InvalidFieldsError({ tag: resolved.unknownTags.map((value) => `No tag is called "${value}"`) })
  const page = await listStories(await getViewer(), resolved, { cursor, limit })
  return NextResponse.json({
    filters: { tag: resolved.tag, outcome: resolved.outcome, kind: resolved.kind, sort: resolved.sort, t: resolved.t, onlyChange: resolved.onlyChange },
    stories: page.stories.map((story) => ({ ...story, url: paths.thread(story.id, story.title) })),
    nextCursor: page.nextCursor,
  })
})
