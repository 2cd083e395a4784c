// POST /api/stories/<id>/comments: post a reply as the signed-in member (session cookie).
// JSON body { "body": "…markdown…", "parentId"?: <comment id> } → 201 { id, status, url }, where
// status is VISIBLE, or PENDING when a new account's reply with a link is held for review.
// The same code as the reply form (lib/comments/service.ts), so the same rules and limits:
// 401 not signed in, 403 suspended/banned, locked thread or cross-site request (see
// lib/http/same-origin.ts: send `Origin: <this site>`), 404 unknown or unreadable thread,
// 415 not JSON, 422 invalid fields (also a blocked word or a duplicate), 429 with Retry-After.
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { withRoute } from '@/lib/api/route'
import { postComment } from '@/lib/comments/service'

export const dynamic = 'force-dynamic'

const paramsSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
/** The JSON body; the thread comes from the URL, the rest is checked by the shared comment schema. */
const bodySchema = z.object({ body: z.string('Write something first'), parentId: z.number().int().positive().nullish() })

export const POST = withRoute(
  { auth: 'participant', sameOrigin: true, params: paramsSchema, paramsNotFound: 'That thread does not exist.', body: bodySchema },
  async ({ user, params, body }) => {
    const posted = await postComment(user, { postId: params.id, body: body.body, parentId: body.parentId ?? undefined })
    return NextResponse.json(posted, { status: 201, headers: { Location: posted.url, 'Cache-Control': 'no-store' } })
  },
)
