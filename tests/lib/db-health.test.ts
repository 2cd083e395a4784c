// While the database is away, what cannot see the failed query (the HTTP server, the proxy)
// answers 503 with Retry-After instead of 500; it tries again for real two seconds later.
import { afterEach, describe, expect, it } from 'vitest'
import {
  answerOutagesWith503,
  databaseOutageResponse,
  isDatabaseDown,
  noteDatabaseAvailable,
  noteDatabaseUnavailable,
} from '@/lib/db-health.mjs'

afterEach(() => noteDatabaseAvailable())

const request = (path: string, accept = 'text/html') => new Request(`http://localhost:3000${path}`, { headers: { accept } })

describe('the outage flag', () => {
  it('is up until a query fails, down for two seconds after, and up again once a query succeeds', () => {
    const now = Date.now()
    expect(isDatabaseDown(now)).toBe(false)
    noteDatabaseUnavailable(now)
    expect(isDatabaseDown(now + 1_999)).toBe(true)
    expect(isDatabaseDown(now + 2_000)).toBe(false)
    noteDatabaseUnavailable(now)
    noteDatabaseAvailable()
    expect(isDatabaseDown(now + 1)).toBe(false)
  })

  it('is shared by every copy of the module, as every Next bundle has its own', async () => {
    const other = (await import(/* @vite-ignore */ `@/lib/db-health.mjs?copy=${Math.random()}`)) as typeof import('@/lib/db-health.mjs')
    other.noteDatabaseUnavailable()
    expect(isDatabaseDown()).toBe(true)
  })
})

describe('databaseOutageResponse (for proxy.ts)', () => {
  it('lets everything through while the database is up', () => {
    expect(databaseOutageResponse(request('/t/1'))).toBeNull()
  })

  it('answers a page with a friendly 503 page and Retry-After while it is down', async () => {
    noteDatabaseUnavailable()
    const response = databaseOutageResponse(request('/t/1'))!
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('5')
    expect(await response.text()).toContain('trouble reaching our database')
  })

  it('answers the API with a JSON 503 in the shape of every API error', async () => {
    noteDatabaseUnavailable()
    const response = databaseOutageResponse(request('/api/stories', '*/*'))!
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('5')
    expect((await response.json()).error.code).toBe('unavailable')
  })

  it('lets the health check and static files try for real, so recovery shows', () => {
    noteDatabaseUnavailable()
    expect(databaseOutageResponse(request('/api/health'))).toBeNull()
    expect(databaseOutageResponse(request('/_next/static/chunks/app.js'))).toBeNull()
  })
})

describe('answerOutagesWith503 (for server.mjs)', () => {
  function fakeResponse() {
    const sent: { status?: number; headers: Record<string, string> } = { headers: {} }
    const res = {
      headersSent: false,
      setHeader(name: string, value: string) {
        sent.headers[name] = value
        return this
      },
      writeHead(status: number) {
        sent.status = status
        return this
      },
    }
    answerOutagesWith503(res as never)
    return { res, sent }
  }

  it('turns a 500 sent just after a database failure into 503 with Retry-After', () => {
    const { res, sent } = fakeResponse()
    noteDatabaseUnavailable()
    res.writeHead(500)
    expect(sent).toEqual({ status: 503, headers: { 'Retry-After': '5' } })
  })

  it('still does so when another request saw the database come back meanwhile', () => {
    const { res, sent } = fakeResponse()
    noteDatabaseUnavailable()
    noteDatabaseAvailable()
    res.writeHead(500)
    expect(sent.status).toBe(503)
  })

  it('leaves other statuses, and a 500 with the database up, alone', () => {
    // The last failure a minute ago: long over.
    noteDatabaseUnavailable(Date.now() - 60_000)
    const first = fakeResponse()
    first.res.writeHead(500)
    expect(first.sent.status).toBe(500)
    noteDatabaseUnavailable()
    const second = fakeResponse()
    second.res.writeHead(200)
    expect(second.sent).toEqual({ status: 200, headers: {} })
  })
})
