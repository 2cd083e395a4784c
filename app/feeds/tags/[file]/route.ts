import { handleApiError, NotFoundError } from '@/lib/api/errors'
import { feedResponse } from '@/lib/discovery/feed-response'
import { listFeedStories } from '@/lib/discovery/queries'
import { paths } from '@/lib/paths'
import { getTag } from '@/lib/tags/queries'

export const dynamic = 'force-dynamic'

/** /feeds/tags/<slug>.xml: the newest public stories carrying the tag. */
export async function GET(request: Request, context: { params: Promise<{ file: string }> }) {
  try {
    // Next has already percent-decoded the param: decoding it again broke on "%25.xml".
    const { file } = await context.params
    const slug = /^(.{1,100})\.xml$/.exec(file)?.[1]
    const tag = slug ? await getTag(slug) : null
    if (!tag) throw new NotFoundError('No such tag feed')
    return feedResponse(request, {
      title: `WhatHelped: ${tag.name}`,
      description: `The newest stories about ${tag.name} on WhatHelped.`,
      sitePath: paths.tag(tag.slug),
      stories: await listFeedStories(tag.id),
    })
  } catch (error) {
    return handleApiError(error)
  }
}
