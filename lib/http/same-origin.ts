// CSRF defence for JSON route handlers that act with the session cookie. Server actions get this
// from Next.js; route handlers do not, so they call requireSameOrigin first.
//
// The rule is Next's own for server actions: the host in the request's Origin header must equal
// the app's host, taken from X-Forwarded-Host (first entry) or else Host. A browser always sends
// Origin with a cross-site POST and page scripts cannot forge it, nor add X-Forwarded-Host
// without a CORS preflight, which this app never grants. Stricter than Next: a request without
// Origin is refused when it carries cookies (a session could ride on it), unless the browser's
// Sec-Fetch-Site says it came from this same origin. Without cookies there is no session to abuse
// (the handler answers 401). Sec-Fetch-Site "cross-site"/"same-site" is refused outright.
import 'server-only'
import { ForbiddenError } from '../api/errors'

export const CROSS_ORIGIN_MESSAGE = 'Cross-site requests are not accepted: send an Origin header with this site’s own address.'

function appHost(headers: Headers, requestUrl: string): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim()
  if (forwarded) return forwarded.toLowerCase()
  const host = headers.get('host')?.trim()
  if (host) return host.toLowerCase()
  // Requests built in-process (tests) carry no Host header; their URL names the app.
  try {
    return new URL(requestUrl).host.toLowerCase()
  } catch {
    return null
  }
}

function originHost(origin: string): string | null {
  if (origin === 'null') return null
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return null
  }
}

/** Whether the request may act with its cookies (see the rule above). */
export function isSameOriginRequest(request: Request): boolean {
  const { headers } = request
  const site = headers.get('sec-fetch-site')
  if (site === 'cross-site' || site === 'same-site') return false
  const origin = headers.get('origin')
  if (origin === null) return !headers.get('cookie') || site === 'same-origin'
  const host = appHost(headers, request.url)
  return host !== null && originHost(origin) === host
}

/** Throws ForbiddenError (→ 403) for a request that fails isSameOriginRequest. */
export function requireSameOrigin(request: Request): void {
  if (!isSameOriginRequest(request)) throw new ForbiddenError(CROSS_ORIGIN_MESSAGE)
}
