import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import PageCacheHandler, { MAX_AGE_MS } from '../../../lib/page-cache/handler.mjs'

const MB = 1024 * 1024

/** An entry shaped like Next's APP_PAGE values: HTML, the RSC payload and the tags header. */
function page(html: string, tags = '_N_T_/layout,_N_T_/(anon)/layout') {
  return { kind: 'APP_PAGE', html, rscData: Buffer.from(`rsc:${html}`), headers: { 'x-next-cache-tags': tags }, status: 200 }
}

describe('PageCacheHandler (the anonymous pages cache)', () => {
  const handler = new PageCacheHandler()
  beforeEach(() => {
    PageCacheHandler.clear()
    vi.useFakeTimers({ now: new Date('2026-11-24T06:00:00Z') })
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllEnvs()
  })

  it('returns what was set, with when it was set', async () => {
    await handler.set('k', page('<p>a</p>'))
    const hit = await handler.get('k')
    expect(hit?.value).toMatchObject({ html: '<p>a</p>' })
    expect(hit?.lastModified).toBe(Date.now())
    expect(await handler.get('other')).toBeNull()
  })

  it('is shared by every instance (Next makes one per request)', async () => {
    await new PageCacheHandler().set('k', page('x'))
    expect(await new PageCacheHandler().get('k')).not.toBeNull()
  })

  it('expires an entry whose tag is revalidated after it was set, and not one set after', async () => {
    await handler.set('old', page('old'))
    vi.advanceTimersByTime(5)
    await handler.revalidateTag('_N_T_/layout')
    vi.advanceTimersByTime(5)
    await handler.set('new', page('new'))
    expect(await handler.get('old')).toBeNull()
    expect(await handler.get('new')).not.toBeNull()
  })

  it('checks the soft tags Next passes with the request too', async () => {
    await handler.set('k', page('x', ''))
    vi.advanceTimersByTime(5)
    await handler.revalidateTag(['_N_T_/stories'])
    expect(await handler.get('k', { softTags: ['_N_T_/layout'] })).not.toBeNull()
    expect(await handler.get('k', { softTags: ['_N_T_/stories'] })).toBeNull()
  })

  it('never serves an entry older than MAX_AGE_MS: it is rendered again first', async () => {
    await handler.set('k', page('x'))
    vi.advanceTimersByTime(MAX_AGE_MS - 1)
    expect(await handler.get('k')).not.toBeNull()
    vi.advanceTimersByTime(2)
    expect(await handler.get('k')).toBeNull()
    expect(PageCacheHandler.stats().entries).toBe(0)
  })

  it('stays within PAGE_CACHE_MB, dropping the least recently used first', async () => {
    vi.stubEnv('PAGE_CACHE_MB', '1')
    const body = 'x'.repeat(0.15 * MB) // about 0.3 MB with its RSC payload: three fit
    await handler.set('a', page(body))
    await handler.set('b', page(body))
    await handler.get('a') // a is now the most recently used
    await handler.set('c', page(body))
    await handler.set('d', page(body))
    expect(await handler.get('b')).toBeNull()
    expect(await handler.get('a')).not.toBeNull()
    expect(await handler.get('d')).not.toBeNull()
    expect(PageCacheHandler.stats().bytes).toBeLessThanOrEqual(MB)
  })

  it('keeps nothing larger than the whole cache, and forgets a key set to null', async () => {
    vi.stubEnv('PAGE_CACHE_MB', '1')
    await handler.set('huge', page('x'.repeat(2 * MB)))
    expect(await handler.get('huge')).toBeNull()
    await handler.set('k', page('x'))
    await handler.set('k', null)
    expect(await handler.get('k')).toBeNull()
    expect(PageCacheHandler.stats()).toEqual({ entries: 0, bytes: 0 })
  })
})

// Two app instances sharing Redis: two copies of the module, each with its own entries.
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
async function redisReachable(): Promise<boolean> {
  const { Redis } = await import('ioredis')
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null })
  client.on('error', () => {})
  try {
    await client.connect()
    return (await client.ping()) === 'PONG'
  } catch {
    return false
  } finally {
    client.disconnect()
  }
}

describe.skipIf(!(await redisReachable()))('PageCacheHandler across instances (REDIS_URL)', () => {
  type Module = typeof import('../../../lib/page-cache/handler.mjs')
  let a: Module
  let b: Module
  // A tag of this run's own, so other processes on the same Redis cannot move its counter.
  const tag = `_N_T_/test-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

  beforeEach(async () => {
    vi.stubEnv('REDIS_URL', REDIS_URL)
    vi.resetModules()
    a = await import('../../../lib/page-cache/handler.mjs')
    vi.resetModules()
    b = await import('../../../lib/page-cache/handler.mjs')
  })
  afterEach(async () => {
    await a.default.close()
    await b.default.close()
    vi.unstubAllEnvs()
  })

  it('expires an entry on the other instance once it reads the revalidation', async () => {
    const [onA, onB] = [new a.default(), new b.default()]
    await onA.set('k', page('a', tag))
    await onB.set('k', page('b', tag))
    await b.default.syncFromRedis() // B learns the current counters
    await new Promise((r) => setTimeout(r, 5))

    await onA.revalidateTag(tag)
    expect(await onA.get('k')).toBeNull()
    expect(await onB.get('k')).not.toBeNull() // not read yet
    await b.default.syncFromRedis()
    expect(await onB.get('k')).toBeNull()
  })

  it('leaves the other instance alone when nothing it holds was revalidated', async () => {
    const onB = new b.default()
    await onB.set('k', page('b', tag))
    await b.default.syncFromRedis()
    await new a.default().revalidateTag(`${tag}-other`)
    await b.default.syncFromRedis()
    expect(await onB.get('k')).not.toBeNull()
  })

  it('does not expire its own newer entries when it reads back its own revalidation', async () => {
    const onA = new a.default()
    await a.default.syncFromRedis()
    await onA.revalidateTag(tag)
    await new Promise((r) => setTimeout(r, 5))
    await onA.set('k', page('fresh', tag))
    await a.default.syncFromRedis()
    expect(await onA.get('k')).not.toBeNull()
  })
})
