// Addresses whose percent-encoding does not decode: refused by the proxy with a 400 before Next's
// route matcher throws on them (a bare 500 with nothing logged).
import { NextRequest } from 'next/server'
import * as pageStaticInfo from 'next/dist/build/analysis/get-page-static-info.js'
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher.js'
import { describe, expect, it } from 'vitest'
import { isDecodablePath, malformedPathResponse } from '@/lib/http/path-encoding'
import { config, proxy } from '@/proxy'

const MALFORMED = ['/t/1/%ZZ', '/u/%FF%FE', '/tags/%', '/feeds/tags/%E0%A4%A.xml', '/api/stories/%C0%AF/comments', '/tags/%00', '/insights/%ED%A0%80']

describe('isDecodablePath', () => {
  it('refuses percent-encoding that is broken, not UTF-8, or a NUL', () => {
    for (const path of MALFORMED) expect(isDecodablePath(path), path).toBe(false)
  })

  it('accepts every address the site writes, including encoded ones', () => {
    for (const path of ['/', '/t/12/zinc-helped', '/tags/%25', '/u/ana%20b', '/feeds/tags/%25.xml', '/tags/caf%C3%A9', '/a%2Fb']) {
      expect(isDecodablePath(path), path).toBe(true)
    }
  })
})

describe('malformedPathResponse', () => {
  it('answers the JSON API in the error model’s shape, with a message', async () => {
    const response = malformedPathResponse('/api/stories/%ZZ/comments')!
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(/percent-encoding/) } })
  })

  it('answers pages with a small HTML page that says what is wrong', async () => {
    const response = malformedPathResponse('/u/%FF%FE')!
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await response.text()).toContain('This address is not valid')
  })
})

// How Next compiles proxy.ts's matcher (exported at run time, absent from its type declarations).
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0]
}

describe('proxy', () => {
  const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}))
  const run = (url: string, cookie?: string) => proxy(new NextRequest(`http://localhost:3000${url}`, { headers: cookie ? { cookie } : {} }))

  it('sees every dynamic route, so no malformed address reaches the route matcher', () => {
    for (const path of [...MALFORMED, '/t/1', '/u/ana', '/api/stories', '/feeds/stories.xml', '/articles/x', '/', '/stories', '/search', '/tags/acne']) {
      expect(matches(path, {} as never, {}), path).toBe(true)
    }
    expect(matches('/_next/static/chunks/main.js', {} as never, {})).toBe(false)
  })

  it('answers a malformed address with 400', async () => {
    for (const path of MALFORMED) expect(run(path).status, path).toBe(400)
  })

  it('still sends anonymous readers of the lists to the cached copy, and leaves the rest alone', () => {
    expect(run('/stories?tag=acne').headers.get('x-middleware-rewrite')).toMatch(/\/anon\/stories\/q/)
    expect(run('/tags/%25').headers.get('x-middleware-rewrite')).toMatch(/\/anon\/tags\/%25\/q/)
    expect(run('/stories', 'next-auth.session-token=x').headers.get('x-middleware-rewrite')).toBeNull()
    const other = run('/t/1/zinc')
    expect(other.status).toBe(200)
    expect(other.headers.get('x-middleware-rewrite')).toBeNull()
    expect(other.headers.get('x-middleware-next')).toBe('1')
  })
})
