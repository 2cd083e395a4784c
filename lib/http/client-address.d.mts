import type { IncomingMessage } from 'node:http'

export const CLIENT_ADDRESS_HEADER: 'x-whathelped-client-address'
export function parseTrustedHops(value: string | undefined): number
export function clientAddress(peer: string, forwardedFor: string | undefined, hops: number): string
export function stampClientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, hops: number): void
