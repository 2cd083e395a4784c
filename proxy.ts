// Before Next routes a request: malformed addresses get 400 and cross-site writes 403 (both would
// otherwise end in a 500 inside Next), every response gets its Content-Security-Policy, and
// anonymous readers of the story lists get the cached copy (lib/page-cache/routing.ts, decision
// 008). No authorization lives here (pages and actions check the session themselves, so skipping
// the proxy, as CVE-2025-29927 allowed, grants nothing).
import { NextResponse, type NextRequest } from 'next/server'
import { malformedPathResponse } from '@/lib/http/path-encoding'
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp'
import { crossOriginWriteResponse } from '@/lib/http/same-origin'
import { anonymousPagePath } from '@/lib/page-cache/routing'

export function proxy(request: NextRequest) {
  const refusal = malformedPathResponse(request.nextUrl.pathname) ?? crossOriginWriteResponse(request)
  if (refusal) return refusal
  const development = process.env.NODE_ENV === 'development'
  const target = anonymousPagePath({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
  })
  if (!target) {
    // Rendered for this request: Next reads the policy from the request and puts its nonce on
    // every script it writes.
    const policy = contentSecurityPolicy({ nonce: newNonce(), development })
    const headers = new Headers(request.headers)
    headers.set('Content-Security-Policy', policy)
    const response = NextResponse.next({ request: { headers } })
    response.headers.set('Content-Security-Policy', policy)
    return response
  }
  // Next 16 compares a rewrite's origin with the address the server was given, but normalises
  // a loopback one (127.0.0.1, ::1) to "localhost" here: with HOST=127.0.0.1 the rewrite looks
  // external and Next fetches the page over HTTP, a second request each time. Leave HOST unset,
  // or use 0.0.0.0 or a public address (README, "Anonymous readers get a cached copy").
  const response = NextResponse.rewrite(new URL(target, request.url))
  // The same address is per-member for signed-in readers: no shared cache may keep this copy.
  response.headers.set('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  // A shared render carries no per-request nonce (lib/http/csp.ts).
  response.headers.set('Content-Security-Policy', contentSecurityPolicy({ development }))
  return response
}

export const config = {
  // Every address but Next's own (/_next/: static files, images, the hot-reload socket): a malformed one must be refused before Next's
  // route matcher reads its params (lib/http/path-encoding.ts). Only the lists the cache serves
  // are rewritten (anonymousPagePath answers null for the rest).
  matcher: ['/((?!_next/|favicon.ico).*)'],
}
