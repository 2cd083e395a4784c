// The site's own origin (scheme, host and port): the configured public address (NEXTAUTH_URL)
// when there is one, as there must be in production, else the request's own. The request's
// X-Forwarded-Host and -Proto can be read here because server.mjs removes a client's copies
// unless a trusted proxy stands in front (lib/http/client-address.mjs), and Next fills them in
// from the Host header and the socket.
import { env } from '../env'

function isLoopback(host: string): boolean {
  return host.startsWith('localhost') || host.startsWith('127.') || host.startsWith('[::1]')
}

export function siteOrigin(headers: Headers, requestUrl?: string): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin
  const url = requestUrl ? URL.parse(requestUrl) : null
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host')?.trim() || url?.host || 'localhost:3000'
  const proto =
    headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url?.protocol.replace(':', '') || (isLoopback(host) ? 'http' : 'https')
  return `${proto}://${host}`.toLowerCase()
}
