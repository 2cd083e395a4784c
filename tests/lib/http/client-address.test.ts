import { describe, expect, it } from 'vitest'
import { CLIENT_ADDRESS_HEADER, clientAddress, parseTrustedHops, stampClientAddress } from '@/lib/http/client-address.mjs'
import { clientIp } from '@/lib/http/client-ip'

function nodeRequest(peer: string, headers: Record<string, string>) {
  return { headers: { ...headers } as Record<string, string | string[] | undefined>, socket: { remoteAddress: peer } } as never as Parameters<typeof stampClientAddress>[0]
}

describe('clientAddress', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9')
    expect(clientAddress('203.0.113.9', '198.51.100.1, 203.0.113.9', 0)).toBe('203.0.113.9')
  })

  it('takes the address the outermost trusted proxy saw, not the client-written entries before it', () => {
    // nginx (peer 10.0.0.2) appended the real client 203.0.113.9 to a forged list.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 2.2.2.2, 203.0.113.9', 1)).toBe('203.0.113.9')
    // Two proxies: a CDN saw the client, nginx saw the CDN.
    expect(clientAddress('10.0.0.2', 'forged, 203.0.113.9, 192.0.2.50', 2)).toBe('203.0.113.9')
  })

  it('falls back to the leftmost entry when the chain is shorter than the configured hops', () => {
    expect(clientAddress('10.0.0.2', '203.0.113.9', 3)).toBe('203.0.113.9')
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
  })

  it('reads an IPv4-mapped IPv6 peer as IPv4', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1')
  })
})

describe('parseTrustedHops', () => {
  it('defaults to no trusted proxy and refuses nonsense', () => {
    expect(parseTrustedHops(undefined)).toBe(0)
    expect(parseTrustedHops(' ')).toBe(0)
    expect(parseTrustedHops('2')).toBe(2)
    for (const bad of ['-1', '1.5', 'yes', '11']) expect(() => parseTrustedHops(bad)).toThrow(/TRUST_PROXY_HOPS/)
  })
})

describe('stampClientAddress', () => {
  it('replaces a client-sent address header and drops forwarded headers when no proxy is trusted', () => {
    const req = nodeRequest('203.0.113.9', {
      [CLIENT_ADDRESS_HEADER]: '1.2.3.4',
      'x-forwarded-for': '1.2.3.4',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
      'x-real-ip': '1.2.3.4',
      host: 'whathelped.example',
    })
    stampClientAddress(req, 0)
    expect(req.headers).toEqual({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9', host: 'whathelped.example' })
  })

  it('keeps the trusted proxy’s forwarded headers', () => {
    const req = nodeRequest('10.0.0.2', { 'x-forwarded-for': 'forged, 203.0.113.9', 'x-forwarded-proto': 'https' })
    stampClientAddress(req, 1)
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.9')
    expect(req.headers['x-forwarded-proto']).toBe('https')
  })
})

describe('clientIp', () => {
  it('reads the address server.mjs stamped, ignoring X-Forwarded-For', () => {
    expect(clientIp(new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.9', 'x-forwarded-for': '1.2.3.4' }))).toBe('203.0.113.9')
  })

  it('without a stamp (not started through server.mjs) uses the entry Next itself appended last', () => {
    expect(clientIp(new Headers({ 'x-forwarded-for': 'forged, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientIp(new Headers())).toBe('unknown')
  })
})
