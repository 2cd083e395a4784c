import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, newNonce } from '@/lib/http/csp'

function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split('; ').map((part) => { const [name, ...values] = part.split(' '); return [name!, values] }))
}

describe('contentSecurityPolicy', () => {
  it('lets only scripts with this response’s nonce run on a page rendered per request', () => {
    const policy = directives(contentSecurityPolicy({ nonce: 'abc123' }))
    expect(policy['script-src']).toEqual(["'nonce-abc123'", "'strict-dynamic'"])
    expect(policy['script-src']).not.toContain("'unsafe-inline'")
    expect(policy['script-src']).not.toContain("'unsafe-eval'")
  })

  it('denies plugins, base changes and framing on every page, cached or not', () => {
    for (const options of [{ nonce: 'n' }, {}]) {
      const policy = directives(contentSecurityPolicy(options))
      expect(policy['object-src']).toEqual(["'none'"])
      expect(policy['base-uri']).toEqual(["'none'"])
      expect(policy['frame-ancestors']).toEqual(["'none'"])
      expect(policy['default-src']).toEqual(["'self'"])
    }
  })

  it('allows eval and the hot-reload socket only in development', () => {
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: true }))['script-src']).toContain("'unsafe-eval'")
    expect(directives(contentSecurityPolicy({ nonce: 'n', development: true }))['connect-src']).toContain('ws:')
    expect(directives(contentSecurityPolicy({ nonce: 'n' }))['connect-src']).toEqual(["'self'"])
  })
})

describe('newNonce', () => {
  it('is 128 random bits, new each time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce))
    expect(nonces.size).toBe(100)
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16)
  })
})
