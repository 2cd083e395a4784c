// GET /api/stories: the story list as JSON, with the same filters as /stories (see README).
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { handleApiError } from '@/lib/api/errors'
import { getViewer } from '@/lib/auth'
import { listStories, resolveFilters } from '@/lib/discovery/queries'
import { storyListQuerySchema } from '@/lib/discovery/schemas'
import { filterInput } from '@/lib/discovery/url'
import { paths } from '@/lib/paths'

export async function GET(request: Request) {
  try {
    const query = storyListQuerySchema.parse(filterInput(new URL(request.url).searchParams))
    const { cursor, limit, ...filters } = query
    const resolved = await resolveFilters(filters)
    if (resolved.unknownTags.length) {
      throw new z.ZodError(
        resolved.unknownTags.map((value) => ({ code: 'custom' as const, path: ['tag'], message: `No tag is called "${value}"`, input: value })),
      )
    }
    const page = await listStories(await getViewer(), resolved, { cursor, limit })
    return NextResponse.json({
      filters: { tag: resolved.tag, outcome: resolved.outcome, kind: resolved.kind, sort: resolved.sort, t: resolved.t, onlyChange: resolved.onlyChange },
      stories: page.stories.map((story) => ({ ...story, url: paths.thread(story.id, story.title) })),
      nextCursor: page.nextCursor,
    })
  } catch (error) {
    return handleApiError(error)
  }
}
