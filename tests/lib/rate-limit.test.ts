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
