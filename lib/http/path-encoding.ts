// Addresses whose percent-encoding does not decode ("/t/1/%ZZ"; "/u/%FF%FE", which is not UTF-8)
// make Next's route matcher throw while it reads the dynamic params, before any page or handler
// runs: the visitor got a bare 500 and nothing was logged. The proxy answers them with a 400
// first. A decoded NUL ("/tags/%00") is refused too: no address here carries one, and PostgreSQL
// cannot compare it with anything.
import { NextResponse } from 'next/server'
import type { ApiErrorBody } from '../api/errors'

const MESSAGE = 'This address is not valid: its percent-encoding does not decode to text'

/** Whether the path's percent-encoding decodes to text the app can use. */
export function isDecodablePath(pathname: string): boolean {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return false
  }
  return !decoded.includes('\u0000')
}

/** A 400 for a path that does not decode (JSON under /api, the error model's shape; a small
 * page elsewhere), or null to carry on. */
export function malformedPathResponse(pathname: string): NextResponse | null {
  if (isDecodablePath(pathname)) return null
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    return NextResponse.json<ApiErrorBody>({ error: { code: 'invalid_request', message: MESSAGE } }, { status: 400 })
  }
  // Static markup, no script or style: nothing a Content-Security-Policy has to allow.
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Address not valid · WhatHelped</title></head>
<body>
<main>
<h1>This address is not valid</h1>
<p>Its percent-encoding (the %-codes in it) does not decode to text, so it names no page here. Check the link, or go to the <a href="/">home page</a>.</p>
</main>
</body>
</html>
`
  return new NextResponse(html, { status: 400, headers: { 'Content-Type': 'text/html; charset=utf-8' } })
}
