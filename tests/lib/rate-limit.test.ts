import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { RateLimitedError } from '@/lib/api/errors'
import { consume, enforce, peek, reset } from '@/lib/rate-limit'

const limit = (name: string) => ({ name: `test-${name}-${Math.random()}`, points: 3, durationSeconds: 60 })

describe('rate limits (in-memory store)', () => {
  it('allows the configured number of events, then refuses with a retry time', async () => {
    const l = limit('count')
    for (let i = 0; i < 3; i++) expect((await consume(l, 'k')).allowed).toBe(true)
    const refused = await consume(l, 'k')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60)
  })

  it('counts each key separately', async () => {
    const l = limit('keys')
    for (let i = 0; i < 3; i++) await consume(l, 'a')
    expect((await consume(l, 'b')).allowed).toBe(true)
  })

  it('peeks without counting and resets on demand', async () => {
    const l = limit('reset')
    for (let i = 0; i < 3; i++) await consume(l, 'k')
    expect((await peek(l, 'k')).allowed).toBe(false)
    await reset(l, 'k')
    expect(await peek(l, 'k')).toEqual({ allowed: true, remaining: 3, retryAfterSeconds: 0 })
  })

  it('enforce throws RateLimitedError once over the limit', async () => {
    const l = limit('enforce')
    for (let i = 0; i < 3; i++) await enforce(l, 'k')
    await expect(enforce(l, 'k', 'Slow down')).rejects.toBeInstanceOf(RateLimitedError)
  })
})

// Limiters live on globalThis, shared by every Next bundle in the process, and each bundle has its
// own copy of rate-limiter-flexible: the limiter that refuses may come from another copy than the
// module asking (the reply API refused with 500 when the reply form had created the limiter).
describe('rate limits created by another copy of the limiter library', () => {
  function anotherCopyOfTheLibrary(): typeof import('rate-limiter-flexible') {
    const require = createRequire(import.meta.url)
    const folder = path.dirname(require.resolve('rate-limiter-flexible'))
    for (const file of Object.keys(require.cache)) if (file.startsWith(folder)) delete require.cache[file]
    return require('rate-limiter-flexible')
  }

  it('still refuses with a retry time (and enforce with RateLimitedError), not an error', async () => {
    const l = limit('copy')
    const other = anotherCopyOfTheLibrary()
    // What another bundle's lib/rate-limit.ts would have put in the shared map for this limit.
    const shared = (globalThis as unknown as { whLimiters?: Map<string, unknown> }).whLimiters ?? new Map<string, unknown>()
    ;(globalThis as unknown as { whLimiters: Map<string, unknown> }).whLimiters = shared
    shared.set(`${l.name}:${l.points}:${l.durationSeconds}`, new other.RateLimiterMemory({ keyPrefix: `wh:${l.name}`, points: l.points, duration: l.durationSeconds }))

    for (let i = 0; i < 3; i++) expect((await consume(l, 'k')).allowed).toBe(true)
    const refused = await consume(l, 'k')
    expect(refused).toMatchObject({ allowed: false, remaining: 0 })
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    await expect(enforce(l, 'k')).rejects.toBeInstanceOf(RateLimitedError)
  })
})
