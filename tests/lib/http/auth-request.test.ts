// What next-auth v4 answers with a 500 of its own, refused with a 400 before it gets there.
import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { isValidCallbackUrl, malformedAuthRequest } from '@/lib/http/auth-request'

const ORIGIN = 'http://localhost:3000'
const request = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) => new NextRequest(`${ORIGIN}${url}`, init)

describe('isValidCallbackUrl', () => {
  it('is next-auth’s test: an http(s) URL or a path', () => {
    for (const value of ['/', '/t/1?x=1', 'http://localhost:3000/stories', 'https://example.org', '//example.org/x']) expect(isValidCallbackUrl(value, ORIGIN), value).toBe(true)
    for (const value of [' ', 'credentials', 'true', '\u0000', 'javascript:alert(1)', 'mailto:a@b.c', 'http//x']) expect(isValidCallbackUrl(value, ORIGIN), value).toBe(false)
  })
})

describe('malformedAuthRequest', () => {
  it('refuses a callbackUrl that is not an address, in the query or the cookie, with 400', async () => {
    for (const req of [
      request('/api/auth/session?callbackUrl=credentials'),
      request('/api/auth/signin?callbackUrl=/ok&callbackUrl=%00'),
      request('/api/auth/csrf', { headers: { cookie: 'next-auth.callback-url=not%20a%20url' } }),
    ]) {
      const response = await malformedAuthRequest(req)
      expect(response?.status, req.url).toBe(400)
      expect(await response!.json()).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(/callback/) } })
    }
  })

  it('refuses a POST declared as JSON whose body does not parse', async () => {
    for (const body of ['', '{', 'email=a']) {
      const response = await malformedAuthRequest(request('/api/auth/callback/credentials', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
      expect(response?.status, JSON.stringify(body)).toBe(400)
    }
  })

  it('hands everything next-auth can answer itself over, unread', async () => {
    const form = request('/api/auth/callback/credentials', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'email=a%40b.c&password=x' })
    for (const req of [
      request('/api/auth/session'),
      request('/api/auth/signin?callbackUrl=%2Fstories'),
      request('/api/auth/csrf', { headers: { cookie: 'next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000%2F' } }),
      request('/api/auth/callback/credentials', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":"a@b.c","json":"true"}' }),
      form,
    ]) {
      expect(await malformedAuthRequest(req), req.url).toBeNull()
    }
    expect(await form.text()).toBe('email=a%40b.c&password=x')
  })
})

describe('malformedAuthRequest on a sign-in body', () => {
  it('refuses a callbackUrl in a form or JSON body that next-auth’s redirect callback would throw on', async () => {
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', 'email=a&callbackUrl=+'],
      ['application/json', '{"callbackUrl":" "}'],
      ['application/json', '{"callbackUrl":5}'],
    ] as const) {
      const response = await malformedAuthRequest(request('/api/auth/callback/credentials', { method: 'POST', headers: { 'content-type': type }, body }))
      expect(response?.status, body).toBe(400)
    }
  })
})
