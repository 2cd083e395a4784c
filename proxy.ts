// Anonymous readers of the story lists get the cached copy (lib/page-cache/routing.ts, decision
// 008). This is routing only: no authorization lives here (pages and actions check the session
// themselves, so skipping the proxy, as CVE-2025-29927 allowed, grants nothing).
import { NextResponse, type NextRequest } from 'next/server'
import { anonymousPagePath } from '@/lib/page-cache/routing'

export function proxy(request: NextRequest) {
  const target = anonymousPagePath({
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
  })
  if (!target) return NextResponse.next()
  // Next 16 compares a rewrite's origin with the address given to `next start -H`, but normalises
  // a loopback one (127.0.0.1, ::1) to "localhost" here: behind `-H 127.0.0.1` the rewrite looks
  // external and Next fetches the page over HTTP, a second request each time. Start without -H,
  // or with 0.0.0.0 or a public address (README, "Anonymous readers get a cached copy").
  const response = NextResponse.rewrite(new URL(target, request.url))
  // The same address is per-member for signed-in readers: no shared cache may keep this copy.
  response.headers.set('Cache-Control', 'private, no-cache, no-store, max-age=0, must-revalidate')
  return response
}

export const config = {
  // Only the lists the cache serves; everything else never enters the proxy.
  matcher: ['/', '/stories', '/search', '/tags/:slug'],
}
