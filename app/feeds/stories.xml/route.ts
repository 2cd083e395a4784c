import { withRoute } from '@/lib/api/route'
import { feedResponse } from '@/lib/discovery/feed-response'
import { listFeedStories } from '@/lib/discovery/queries'
import { paths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

export const GET = withRoute({}, async ({ request }) =>
  feedResponse(request, {
    title: 'WhatHelped: newest stories',
    description: 'Skin stories from the WhatHelped community: what members tried, and how it went.',
    sitePath: paths.stories(),
    stories: await listFeedStories(),
  }),
)
