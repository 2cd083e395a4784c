import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ForbiddenError, NotFoundError, RateLimitedError, UnauthorizedError, handleApiError } from '@/lib/api/errors'

describe('handleApiError', () => {
  it('answers a validation error with 422 and field-level messages', async () => {
    const result = z.object({ q: z.string().max(3, 'Too long') }).safeParse({ q: 'abcd' })
    const response = handleApiError(result.error)
    expect(response.status).toBe(422)
    expect(await response.json()).toEqual({
      error: { code: 'invalid_request', message: 'Some parameters are not valid', fields: { q: ['Too long'] } },
    })
  })

  it.each([
    [new NotFoundError(), 404, 'not_found'],
    [new UnauthorizedError(), 401, 'unauthorized'],
    [new ForbiddenError(), 403, 'forbidden'],
  ])('maps %s to %i', async (error, status, code) => {
    const response = handleApiError(error)
    expect(response.status).toBe(status)
    expect((await response.json()).error.code).toBe(code)
  })

  it('answers rate limiting with 429 and Retry-After in whole seconds', () => {
    const response = handleApiError(new RateLimitedError(12.2))
    expect(response.status).toBe(429)
    expect(response.headers.get('Retry-After')).toBe('13')
  })

  it('hides unexpected errors behind a generic message and a logged id', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const response = handleApiError(new Error('relation "Secret" does not exist at SELECT …'))
    const body = await response.json()
    expect(response.status).toBe(500)
    expect(body.error.message).toBe('Something went wrong on our side')
    expect(JSON.stringify(body)).not.toContain('Secret')
    expect(log).toHaveBeenCalledWith(expect.stringContaining(body.error.id), expect.any(Error))
    log.mockRestore()
  })
})

// Each Next bundle (route handlers, server actions, pages) loads its own copy of lib/api/errors:
// an error thrown by lib code in one bundle reaches a handler compiled into another.
describe('handleApiError with errors from another copy of the module', () => {
  async function anotherCopy(): Promise<typeof import('@/lib/api/errors')> {
    vi.resetModules()
    const copy = await import('@/lib/api/errors')
    expect(copy.RateLimitedError).not.toBe(RateLimitedError)
    return copy
  }

  it('still answers 429 with Retry-After, 404, 403 and 401', async () => {
    const other = await anotherCopy()
    const limited = handleApiError(new other.RateLimitedError(61))
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('61')
    expect(handleApiError(new other.NotFoundError()).status).toBe(404)
    expect(handleApiError(new other.ForbiddenError()).status).toBe(403)
    expect(handleApiError(new other.UnauthorizedError()).status).toBe(401)
  })

  it('and the other copy recognises ours, as server actions catching lib errors must', async () => {
    const other = await anotherCopy()
    expect(new RateLimitedError(5)).toBeInstanceOf(other.RateLimitedError)
    expect(new other.ForbiddenError()).toBeInstanceOf(ForbiddenError)
    expect(other.handleApiError(new NotFoundError()).status).toBe(404)
  })

  it('keeps the kinds apart, and a subclass check stays a subclass check', () => {
    class ThreadClosed extends ForbiddenError {}
    expect(new NotFoundError()).not.toBeInstanceOf(ForbiddenError)
    expect(new RateLimitedError(1)).not.toBeInstanceOf(NotFoundError)
    expect(new ThreadClosed()).toBeInstanceOf(ForbiddenError)
    expect(new ForbiddenError()).not.toBeInstanceOf(ThreadClosed)
    expect({ message: 'forged', name: 'ForbiddenError' }).not.toBeInstanceOf(ForbiddenError)
  })

  it('answers 422 for a zod error recognised by its shape', async () => {
    const foreign = Object.assign(new Error('invalid'), { name: 'ZodError', issues: [{ path: ['q'], message: 'Too long' }] })
    const response = handleApiError(foreign)
    expect(response.status).toBe(422)
    expect((await response.json()).error.fields).toEqual({ q: ['Too long'] })
  })
})

describe('handleApiError while the database is unreachable', () => {
  it('answers 503 with Retry-After and a plain message, not 500', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    // What Prisma 7 with @prisma/adapter-pg throws when PostgreSQL is stopped (model query).
    const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
      name: 'PrismaClientKnownRequestError',
      code: 'P1001',
      meta: { modelName: 'User', driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 } } },
    })
    const response = handleApiError(outage)
    expect(response.status).toBe(503)
    expect(response.headers.get('Retry-After')).toBe('5')
    const body = await response.json()
    expect(body.error.code).toBe('unavailable')
    expect(JSON.stringify(body)).not.toContain('127.0.0.1')
    log.mockRestore()
  })
})
