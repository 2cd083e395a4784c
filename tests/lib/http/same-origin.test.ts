import { describe, expect, it } from 'vitest'
import { siteOrigin } from '@/lib/http/origin'
import { crossOriginWriteResponse, isSameOriginRequest } from '@/lib/http/same-origin'

const post = (headers: Record<string, string>, url = 'http://forum.test/t/1') => new Request(url, { method: 'POST', headers })

describe('siteOrigin', () => {
  it('is the request’s scheme, host and port, as Next and server.mjs leave the forwarded headers', () => {
    expect(siteOrigin(new Headers({ host: 'forum.test:8080' }), 'http://forum.test:8080/x')).toBe('http://forum.test:8080')
    expect(siteOrigin(new Headers({ host: 'internal:3000', 'x-forwarded-host': 'Forum.Example', 'x-forwarded-proto': 'https' }))).toBe('https://forum.example')
  })
})

describe('isSameOriginRequest', () => {
  it('compares the whole origin: another scheme or port on the same host is another site', () => {
    expect(isSameOriginRequest(post({ host: 'forum.test', origin: 'http://forum.test', cookie: 'a=b' }))).toBe(true)
    expect(isSameOriginRequest(post({ host: 'forum.test', origin: 'https://forum.test', cookie: 'a=b' }))).toBe(false)
    expect(isSameOriginRequest(post({ host: 'forum.test', origin: 'http://forum.test:8080', cookie: 'a=b' }))).toBe(false)
  })
})

describe('crossOriginWriteResponse', () => {
  it('refuses a write from another origin with 403, before any action runs', async () => {
    const refusal = crossOriginWriteResponse(post({ host: 'forum.test', origin: 'https://evil.example', 'next-action': 'abc' }))
    expect(refusal?.status).toBe(403)
    expect(((await refusal!.json()) as { error: { code: string } }).error.code).toBe('forbidden')
    expect(crossOriginWriteResponse(post({ host: 'forum.test', origin: 'null' }))?.status).toBe(403)
  })

  it('lets same-origin writes, writes without Origin and reads through', () => {
    expect(crossOriginWriteResponse(post({ host: 'forum.test', origin: 'http://forum.test' }))).toBeNull()
    expect(crossOriginWriteResponse(post({ host: 'forum.test' }))).toBeNull()
    expect(crossOriginWriteResponse(new Request('http://forum.test/', { headers: { origin: 'https://evil.example' } }))).toBeNull()
  })
})
