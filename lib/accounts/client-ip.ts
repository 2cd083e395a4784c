// The client's address for rate limits. Behind a proxy (the deployment this app expects) the
// first x-forwarded-for entry is the client; a proxy must overwrite, not append to, a header
// that the client sent itself, or limits per IP can be dodged.
const UNKNOWN_IP = 'unknown'

export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  if (forwarded) return forwarded.slice(0, 64)
  const real = headers.get('x-real-ip')?.trim()
  return real ? real.slice(0, 64) : UNKNOWN_IP
}
