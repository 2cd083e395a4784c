// Where a server action's request came from: the client's IP address (rate limits) and the
// site's origin (links in emails).
import 'server-only'
import { headers } from 'next/headers'
import { siteOrigin } from '../http/origin'
import { clientIp } from '../http/client-ip'

export interface RequestContext {
  ip: string
  origin: string
}

export async function requestContext(): Promise<RequestContext> {
  const h = await headers()
  return { ip: clientIp(h), origin: siteOrigin(h) }
}
