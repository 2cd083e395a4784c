import { describe, expect, it } from 'vitest'
import { TtlCache } from '@/lib/ttl-cache'

describe('TtlCache', () => {
  it('shares one load between callers until it expires', async () => {
    const cache = new TtlCache<string, number>(1000, 10)
    let loads = 0
    const load = async () => ++loads
    const [a, b] = await Promise.all([cache.get('k', load, 0), cache.get('k', load, 10)])
    expect([a, b, loads]).toEqual([1, 1, 1])
    expect(await cache.get('k', load, 999)).toBe(1)
    expect(await cache.get('k', load, 1000)).toBe(2)
  })

  it('forgets a failed load, and a deleted key loads again', async () => {
    const cache = new TtlCache<string, number>(1000, 10)
    await expect(cache.get('k', () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down')
    expect(await cache.get('k', async () => 7, 1)).toBe(7)
    cache.delete('k')
    expect(await cache.get('k', async () => 8, 2)).toBe(8)
  })

  it('a failed load does not evict the newer value that replaced it', async () => {
    const cache = new TtlCache<string, number>(1000, 10)
    let fail!: (error: Error) => void
    const first = cache.get('k', () => new Promise<number>((_, reject) => (fail = reject)), 0)
    cache.delete('k')
    expect(await cache.get('k', async () => 9, 1)).toBe(9)
    fail(new Error('late'))
    await expect(first).rejects.toThrow('late')
    expect(await cache.get('k', async () => 10, 2)).toBe(9)
  })

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const cache = new TtlCache<number, number>(1000, 2)
    for (const key of [1, 2, 3]) await cache.get(key, async () => key, 0)
    let reloaded = false
    await cache.get(1, async () => ((reloaded = true), 1), 1)
    expect(reloaded).toBe(true)
  })
})
