// The app's HTTP server: Next.js behind a few lines that decide who the client is from the
// socket (lib/http/client-address.mjs), which a route handler or server action cannot see, and
// that turn a database outage's 500s into 503s.
//   node server.mjs            production (after `npm run build`); `npm start`
//   node server.mjs --dev      development with hot reload; `npm run dev`
// PORT (default 3000) and HOST (default: all interfaces) choose where it listens;
// TRUST_PROXY_HOPS says how many proxies of ours stand in front (README, "Behind a proxy").
import { createServer } from 'node:http'
import { answerOutagesWith503 } from './lib/db-health.mjs'
import { parseTrustedHops, stampClientAddress } from './lib/http/client-address.mjs'

const dev = process.argv.includes('--dev')
// Next reads NODE_ENV when it loads: set it before the import, as `next dev`/`next start` do.
process.env.NODE_ENV ??= dev ? 'development' : 'production'
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || undefined
const hops = parseTrustedHops(process.env.TRUST_PROXY_HOPS)

// proxy.ts rewrites anonymous list requests to internal /anon/… routes (decision 008). Next
// reports the rewrite in response headers; only its client router needs one of them, on its
// own RSC requests: nobody else learns the internal paths.
function hideInternalRouting(req, res) {
  const writeHead = res.writeHead
  const isRouterRequest = req.headers.rsc === '1'
  res.writeHead = function writeHeadWithoutRouting(...args) {
    this.removeHeader('x-middleware-rewrite')
    if (!isRouterRequest) this.removeHeader('x-nextjs-rewritten-path')
    return writeHead.apply(this, args)
  }
}

const { default: next } = await import('next')
const app = next({ dev, turbopack: dev, port, hostname })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((req, res) => {
  stampClientAddress(req, hops)
  // A page that failed for want of the database is a 503 with Retry-After, not a 500: an error
  // boundary cannot set the status (lib/db-health.mjs).
  answerOutagesWith503(res)
  hideInternalRouting(req, res)
  handle(req, res)
})
// Next attaches its own upgrade listener (hot reload's websocket) on the first request.
server.listen(port, hostname, () => {
  console.log(`WhatHelped ready on http://${hostname ?? 'localhost'}:${port}${dev ? ' (development)' : ''}${hops ? `, trusting ${hops} proxy hop(s)` : ''}`)
})

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    // Keep-alive connections would hold the close open.
    server.closeAllConnections?.()
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
