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
