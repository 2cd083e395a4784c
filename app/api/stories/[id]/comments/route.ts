// POST /api/stories/<id>/comments: post a reply as the signed-in member (session cookie).
// JSON body { "body": "…markdown…", "parentId"?: <comment id> } → 201 { id, status, url }, where
// status is VISIBLE, or PENDING when a new account's reply with a link is held for review.
// The same code as the reply form (lib/comments/service.ts), so the same rules and limits:
// 401 not signed in, 403 suspended/banned, locked thread or cross-site request (see
// lib/defences/same-origin.ts: send `Origin: <this site>`), 404 unknown or unreadable thread,
// 415 not JSON, 422 invalid fields (also a blocked word or a duplicate), 429 with Retry-After.
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { NotFoundError, handleApiError } from '@/lib/api/errors'
import { requireParticipant } from '@/lib/auth'
import { fieldError, postComment } from '@/lib/comments/service'
import { requireSameOrigin } from '@/lib/http/same-origin'

export const dynamic = 'force-dynamic'

const paramsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
/** The JSON body; the thread comes from the URL, the rest is checked by the shared comment schema. */
const bodySchema = z.object({ body: z.string('Write something first'), parentId: z.number().int().positive().nullish() })

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw fieldError('_', 'The request body is not valid JSON')
  }
}

export async function POST(request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    requireSameOrigin(request)
    const user = await requireParticipant()
    const params = paramsSchema.safeParse(await context.params)
    if (!params.success) throw new NotFoundError('That thread does not exist.')
    if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) {
      return NextResponse.json({ error: { code: 'unsupported_media_type', message: 'Send the reply as JSON (Content-Type: application/json)' } }, { status: 415 })
    }
    const input = bodySchema.parse(await readJson(request))
    const posted = await postComment(user, { postId: params.data.id, body: input.body, parentId: input.parentId ?? undefined })
    return NextResponse.json(posted, { status: 201, headers: { Location: posted.url, 'Cache-Control': 'no-store' } })
  } catch (error) {
    return handleApiError(error)
  }
}
