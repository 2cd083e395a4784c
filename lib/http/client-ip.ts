// The client's address for rate limits, as server.mjs decided it from the socket and the
// trusted proxy hops (lib/http/client-address.mjs). A client cannot set it: server.mjs replaces
// whatever arrives under that name.
import { CLIENT_ADDRESS_HEADER } from './client-address.mjs'

const MAX_ADDRESS_LENGTH = 64
let warnedMissing = false

export function clientIp(headers: Headers): string {
  const stamped = headers.get(CLIENT_ADDRESS_HEADER)?.trim()
  if (stamped) return stamped.slice(0, MAX_ADDRESS_LENGTH)
  // Started some other way (`next start`, a test's in-process request): Next itself puts the
  // socket's peer last in X-Forwarded-For when the client sent none; a client-sent one can be
  // forged, so say how to start the app properly.
  if (!warnedMissing && process.env.NODE_ENV === 'production') {
    warnedMissing = true
    console.warn(`[http] no ${CLIENT_ADDRESS_HEADER} header: start the app with \`npm start\` (server.mjs) so that limits per address cannot be dodged`)
  }
  const forwarded = headers.get('x-forwarded-for')?.split(',').pop()?.trim()
  return forwarded ? forwarded.slice(0, MAX_ADDRESS_LENGTH) : 'unknown'
}
