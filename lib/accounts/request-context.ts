// Where a server action's request came from: the client's IP address (rate limits) and the
// site's origin (links in emails).
import 'server-only'
import { headers } from 'next/headers'
import { env } from '../env'
import { clientIp } from './client-ip'

export interface RequestContext {
  ip: string
  origin: string
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers()
  return { ip: clientIp(h), origin: siteOrigin(h) }
}

/** NEXTAUTH_URL when set (it must be in production: links in mail must not trust the Host header). */
export function siteOrigin(h: Headers): string {
  if (env.NEXTAUTH_URL) return new URL(env.NEXTAUTH_URL).origin
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000'
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https')
  return `${proto}://${host}`
}
