// The process's memory of a database outage, so that what cannot see the failed query (the HTTP
// server, the proxy) can still answer 503 with Retry-After instead of 500. lib/db.ts notes every
// query that fails for want of a database, and every one that succeeds.
// Plain JavaScript: server.mjs loads it before Next.js starts, without a TypeScript loader. The
// state lives on globalThis under a registered symbol because each Next bundle (pages, route
// handlers, the proxy) loads its own copy of this module in the same process.

const STATE = Symbol.for('whathelped.databaseOutage')

/** What a client is told to wait; a restarted PostgreSQL accepts connections within seconds. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5

// After a failure, requests are answered 503 without trying the database for this long: enough
// to spare a database that is coming back, short enough that recovery shows within 2 s.
const HOLD_MS = 2_000

function state() {
  // `globalThis[STATE] ??=` would need a cast in every caller; one object, created once.
  if (!globalThis[STATE]) globalThis[STATE] = { downUntil: 0, lastFailureAt: -Infinity }
  return globalThis[STATE]
}

/** A query failed because the database is unreachable. */
export function noteDatabaseUnavailable(now = Date.now()) {
  const current = state()
  current.downUntil = now + HOLD_MS
  current.lastFailureAt = now
}

/** A query succeeded: the database is back. */
export function noteDatabaseAvailable() {
  const current = state()
  if (current.downUntil !== 0) current.downUntil = 0
}

/** Whether requests should be turned away now, without trying the database. */
export function isDatabaseDown(now = Date.now()) {
  return state().downUntil > now
}

/** Whether a query failed for want of a database in the last moments (even if one has since
 * succeeded): a 500 now is most likely that failure surfacing through a page. */
export function databaseFailedRecently(now = Date.now()) {
  return now - state().lastFailureAt < HOLD_MS
}

const OUTAGE_MESSAGE = "We're having trouble reaching our database. Please try again in a few seconds."

const OUTAGE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${OUTAGE_RETRY_AFTER_SECONDS}"><title>Back in a moment · WhatHelped</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Back in a moment</h1><p>${OUTAGE_MESSAGE} Nothing you posted has been lost.</p>
<p><a href="">Try again</a></p></body></html>`

// Paths that must try for real: the health check is how a load balancer (and we) see recovery.
const ALWAYS_THROUGH = /^\/(_next\/|api\/health(\/|$)|favicon\.ico$)/

/**
 * For proxy.ts: a 503 with Retry-After while the database is known to be down (JSON for the API,
 * a small page for browsers), or null to go on as usual.
 */
export function databaseOutageResponse(request, now = Date.now()) {
  if (!isDatabaseDown(now)) return null
  const { pathname } = new URL(request.url)
  if (ALWAYS_THROUGH.test(pathname)) return null
  const headers = { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' }
  const wantsJson = pathname.startsWith('/api/') || (request.headers.get('accept') ?? '').includes('application/json')
  if (wantsJson) {
    return new Response(JSON.stringify({ error: { code: 'unavailable', message: OUTAGE_MESSAGE } }), {
      status: 503,
      headers: { ...headers, 'Content-Type': 'application/json' },
    })
  }
  return new Response(OUTAGE_PAGE, { status: 503, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } })
}

/**
 * For server.mjs, once per response before Next handles it: a 500 sent while the database has
 * just failed goes out as 503 with Retry-After. A page cannot set its own status from an error
 * boundary, and a server action's failure surfaces the same way; the body stays Next's (the
 * error page, which says the database is unreachable).
 */
export function answerOutagesWith503(res) {
  const writeHead = res.writeHead
  res.writeHead = function writeHeadDuringOutage(statusCode, ...rest) {
    if (statusCode === 500 && databaseFailedRecently()) {
      statusCode = 503
      if (!this.headersSent) this.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS))
    }
    return writeHead.call(this, statusCode, ...rest)
  }
}
