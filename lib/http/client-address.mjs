// Who is on the other end of a request, decided once in server.mjs where the socket is known.
// Plain JavaScript: server.mjs loads it before Next.js starts, without a TypeScript loader.
//
// A client can write any X-Forwarded-For it likes; only the entries added by proxies we run are
// true. With TRUST_PROXY_HOPS=0 (the default: the app faces the internet) the client is the
// socket's peer and every forwarded header is dropped. With N proxies in front (each appending
// the address it saw, as nginx's $proxy_add_x_forwarded_for does), the client is the address
// the outermost of them saw: N entries back from the socket's peer, counting the peer itself.

/** The header server.mjs sets and lib/http/client-ip.ts reads; a client's own copy is dropped. */
export const CLIENT_ADDRESS_HEADER = 'x-whathelped-client-address'

const FORWARDING_HEADERS = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-real-ip', 'forwarded']
const MAX_HOPS = 10
const MAX_ADDRESS_LENGTH = 64

/**
 * TRUST_PROXY_HOPS as a number of proxies (0–10). Anything else is a configuration mistake that
 * must stop the start: guessing would either trust forged addresses or lump clients together.
 */
export function parseTrustedHops(value) {
  if (value === undefined || value.trim() === '') return 0
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) {
    throw new Error(`TRUST_PROXY_HOPS must be a whole number from 0 to ${MAX_HOPS}, not "${value}"`)
  }
  return hops
}

/** An IPv4-mapped IPv6 address (::ffff:1.2.3.4) is the IPv4 address. */
function normaliseAddress(address) {
  const trimmed = address.trim().slice(0, MAX_ADDRESS_LENGTH)
  return trimmed.toLowerCase().startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed
}

/**
 * The client's address: the peer's when no proxy is trusted, else the entry `hops` back from
 * the peer in X-Forwarded-For (or the leftmost one when the chain is shorter than configured).
 */
export function clientAddress(peer, forwardedFor, hops) {
  const chain = hops > 0 && forwardedFor ? forwardedFor.split(',').map(normaliseAddress).filter(Boolean) : []
  chain.push(normaliseAddress(peer || 'unknown'))
  return chain[Math.max(0, chain.length - 1 - hops)]
}

/**
 * Rewrites a Node request's headers in place before Next.js sees it: the client's address in
 * CLIENT_ADDRESS_HEADER, and with no trusted proxy every forwarded header removed (Next then fills
 * X-Forwarded-Host and -Proto from the Host header and the socket itself).
 */
export function stampClientAddress(req, hops) {
  const headers = req.headers
  const forwardedFor = [headers['x-forwarded-for']].flat().filter(Boolean).join(',')
  headers[CLIENT_ADDRESS_HEADER] = clientAddress(req.socket?.remoteAddress ?? '', forwardedFor, hops)
  if (hops === 0) {
    for (const name of FORWARDING_HEADERS) delete headers[name]
  }
}
