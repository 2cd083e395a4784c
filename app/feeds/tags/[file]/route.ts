import { z } from 'zod'
import { NotFoundError } from '@/lib/api/errors'
import { withRoute } from '@/lib/api/route'
import { feedResponse } from '@/lib/discovery/feed-response'
import { listFeedStories } from '@/lib/discovery/queries'
import { paths } from '@/lib/paths'
import { getTag } from '@/lib/tags/queries'

export const dynamic = 'force-dynamic'

const NO_FEED = 'No such tag feed'
// Next has already percent-decoded the param: decoding it again broke on "%25.xml".
const paramsSchema = z.object({ file: z.string().regex(/^.{1,100}\.xml$/).transform((file) => file.slice(0, -'.xml'.length)) })

/** /feeds/tags/<slug>.xml: the newest public stories carrying the tag. */
export const GET = withRoute({ params: paramsSchema, paramsNotFound: NO_FEED }, async ({ request, params }) => {
  const tag = await getTag(params.file)
  if (!tag) throw new NotFoundError(NO_FEED)
  return feedResponse(request, {
    title: `WhatHelped: ${tag.name}`,
    description: `The newest stories about ${tag.name} on WhatHelped.`,
    sitePath: paths.tag(tag.slug),
    stories: await listFeedStories(tag.id),
  })
})
