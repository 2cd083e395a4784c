// The one wrapper for route handlers (decision 012; dub's withWorkspace): the guard, the parse of
// params, query and JSON body, and every typed error turned into its status by handleApiError,
// in one place, so a route's own file holds only what is particular to it.
//
//   export const POST = withRoute({ auth: 'participant', sameOrigin: true, params, body }, async ({ user, params, body }) => …)
//
// Order: same-origin check (403) → guard (401/403) → params (422, or 404 with `paramsNotFound`)
// → query (422) → body (415 unless JSON, 422 if malformed or invalid) → the handler.
import 'server-only'
import { NextResponse } from 'next/server'
import type { z } from 'zod'
import { getSessionUser, requireParticipant, requireUser, type SessionUser } from '../auth'
import { requireSameOrigin } from '../http/same-origin'
import { InvalidFieldsError, NotFoundError, handleApiError } from './errors'

/**
 * Who may call: anyone (`none`), anyone with the member looked up if signed in (`optional`), a
 * signed-in member whatever their status (`user`), or one allowed to post (`participant`).
 */
export type RouteAuth = 'none' | 'optional' | 'user' | 'participant'

type UserFor<A extends RouteAuth> = A extends 'user' | 'participant' ? SessionUser : A extends 'optional' ? SessionUser | null : null

export interface RouteOptions<A extends RouteAuth, P, Q, B> {
  auth?: A
  /** A handler that acts with the session cookie refuses a foreign Origin (lib/http/same-origin.ts). */
  sameOrigin?: boolean
  params?: z.ZodType<P>
  /** A malformed path names nothing: answer 404 with this message rather than 422. */
  paramsNotFound?: string
  query?: z.ZodType<Q>
  /** How the query string becomes the schema's input (default: one value per name, the last). */
  readQuery?: (searchParams: URLSearchParams) => unknown
  /** A JSON body (Content-Type: application/json), parsed with this schema. */
  body?: z.ZodType<B>
}

export interface RouteContext<A extends RouteAuth, P, Q, B> {
  request: Request
  user: UserFor<A>
  params: P
  query: Q
  body: B
}

/** What Next passes a route handler besides the request. */
export interface NextRouteContext {
  params: Promise<Record<string, string | string[]>>
}

const NOT_JSON = { code: 'unsupported_media_type', message: 'Send the body as JSON (Content-Type: application/json)' }

async function userFor(auth: RouteAuth): Promise<SessionUser | null> {
  switch (auth) {
    case 'none':
      return null
    case 'optional':
      return getSessionUser()
    case 'user':
      return requireUser()
    case 'participant':
      return requireParticipant()
  }
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json()
  } catch {
    throw InvalidFieldsError.field('_', 'The request body is not valid JSON')
  }
}

export function withRoute<A extends RouteAuth = 'none', P = undefined, Q = undefined, B = undefined>(
  options: RouteOptions<A, P, Q, B>,
  handler: (context: RouteContext<A, P, Q, B>) => Promise<Response>,
): (request: Request, context?: NextRouteContext) => Promise<Response> {
  return async (request, context) => {
    try {
      if (options.sameOrigin) requireSameOrigin(request)
      const user = (await userFor(options.auth ?? 'none')) as UserFor<A>
      let params = undefined as P
      if (options.params) {
        const parsed = options.params.safeParse(await context?.params)
        if (!parsed.success) throw options.paramsNotFound ? new NotFoundError(options.paramsNotFound) : parsed.error
        params = parsed.data
      }
      const query = (options.query ? options.query.parse((options.readQuery ?? Object.fromEntries)(new URL(request.url).searchParams)) : undefined) as Q
      let body = undefined as B
      if (options.body) {
        if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return NextResponse.json({ error: NOT_JSON }, { status: 415 })
        body = options.body.parse(await readJson(request))
      }
      return await handler({ request, user, params, query, body })
    } catch (error) {
      return handleApiError(error)
    }
  }
}
