// CSRF defence for JSON route handlers that act with the session cookie. Server actions get this
// from Next.js; route handlers do not, so they call requireSameOrigin first.
//
// The rule: the request's Origin, compared whole (scheme, host and port), must be the site's own
// origin (lib/http/origin.ts: the configured public address, else the request's). A browser always
// sends Origin with a cross-site POST and page scripts cannot forge it. Stricter than Next: a
// request without Origin is refused when it carries cookies (a session could ride on it), unless
// the browser's Sec-Fetch-Site says it came from this same origin. Without cookies there is no
// session to abuse (the handler answers 401). Sec-Fetch-Site "cross-site"/"same-site" is refused.
import 'server-only'
import { ForbiddenError } from '../api/errors'
import { siteOrigin } from './origin'

export const CROSS_ORIGIN_MESSAGE = 'Cross-site requests are not accepted: send an Origin header with this site’s own address.'

function originOf(value: string): string | null {
  if (value === 'null') return null
  return URL.parse(value)?.origin.toLowerCase() ?? null
}

/** Whether the request may act with its cookies (see the rule above). */
export function isSameOriginRequest(request: Request): boolean {
  const { headers } = request
  const site = headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return false
  const origin = headers.get('origin')
  if (origin === null) return !headers.get('cookie') || site === 'same-origin'
  return originOf(origin) === siteOrigin(headers, request.url)
}

/** Throws ForbiddenError (→ 403) for a request that fails isSameOriginRequest. */
export function requireSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw new ForbiddenError(CROSS_ORIGIN_MESSAGE)
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * For the proxy: a request that may change something (a server action, a form post, a JSON
 * write) and names another origin is refused with 403 before anything runs. Next's own check on
 * server actions would throw instead (a 500). A request without Origin goes on: the action
 * (Next's check) or the handler (requireSameOrigin) decides.
 */
export function crossOriginWriteResponse(request: Request): Response | null {
  if (SAFE_METHODS.has(request.method)) return null
  const origin = request.headers.get('origin')
  if (origin === null || originOf(origin) === siteOrigin(request.headers, request.url)) return null
  return Response.json({ error: { code: 'forbidden', message: CROSS_ORIGIN_MESSAGE } }, { status: 403 })
}
