import { describe, expect, it } from 'vitest'
import { anonymousPagePath, decodeQuery, encodeQuery, hasSessionCookie, MAX_CACHED_QUERY_LENGTH } from '../../../lib/page-cache/routing'

const anonymous = (pathname: string, search = '', extra: { method?: string; cookieNames?: string[] } = {}) =>
  anonymousPagePath({ method: extra.method ?? 'GET', pathname, search, cookieNames: extra.cookieNames ?? [] })

describe('anonymous page cache routing', () => {
  it('sends anonymous readers of the four lists to their cached twins', () => {
    expect(anonymous('/')).toBe('/anon/home/q')
    expect(anonymous('/stories', '?tag=acne')).toBe(`/anon/stories/${encodeQuery(new URLSearchParams('tag=acne'), ['tag'])}`)
    expect(anonymous('/search', '?q=zinc')).toMatch(/^\/anon\/search\/q[\w-]+$/)
    expect(anonymous('/tags/acne', '?sort=top')).toMatch(/^\/anon\/tags\/acne\/q[\w-]+$/)
  })

  it('renders everything else per request', () => {
    for (const path of ['/t/1', '/stories/x', '/tags', '/tags/acne/more', '/anon/home/q', '/insights', '/new']) expect(anonymous(path)).toBeNull()
    expect(anonymous('/', '', { method: 'POST' })).toBeNull()
    expect(anonymous('/', '', { method: 'HEAD' })).toBe('/anon/home/q')
  })

  it('never serves the cached copy to a request with a session cookie, whatever its value', () => {
    for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token', 'next-auth.session-token.0']) {
      expect(hasSessionCookie([name])).toBe(true)
      expect(anonymous('/', '', { cookieNames: ['theme', name] })).toBeNull()
    }
    // next-auth's CSRF and callback cookies are set before sign-in: still anonymous.
    expect(anonymous('/', '', { cookieNames: ['next-auth.csrf-token', 'next-auth.callback-url'] })).toBe('/anon/home/q')
  })

  it('keeps only the fields each page reads, in their order, so junk cannot mint entries', () => {
    expect(anonymous('/stories', '?utm=1&_rsc=abc&x=y')).toBe('/anon/stories/q')
    expect(anonymous('/', '?tag=b&zz=1&tag=a')).toBe(anonymous('/', '?tag=b&tag=a'))
    expect(anonymous('/', '?tag=b&tag=a')).not.toBe(anonymous('/', '?tag=a&tag=b'))
    // The tag page offers sort and outcome only.
    expect(anonymous('/tags/acne', '?tag=eczema&kind=all')).toBe('/anon/tags/acne/q')
  })

  it('renders very long queries per request instead of caching them', () => {
    expect(anonymous('/search', `?q=${'a'.repeat(MAX_CACHED_QUERY_LENGTH)}`)).toBeNull()
  })

  it('decodes what it encoded, repeated fields as lists, and refuses anything else', () => {
    const params = new URLSearchParams([['q', '"fish oil" -capsules ü'], ['tag', 'acne'], ['tag', 'lactobacillus-rhamnosus-gg'], ['onlyChange', '1']])
    expect(decodeQuery(encodeQuery(params, ['q', 'tag', 'onlyChange']))).toEqual({
      q: '"fish oil" -capsules ü',
      tag: ['acne', 'lactobacillus-rhamnosus-gg'],
      onlyChange: '1',
    })
    expect(decodeQuery('q')).toEqual({})
    for (const bad of ['', 'x', 'q!!', 'q%3D', 'qA']) expect(decodeQuery(bad)).toBeNull()
  })
})
