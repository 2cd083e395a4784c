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
