// What a form shows when its action meets an expected failure: each kind of error (from any
// copy of lib/api/errors, since each Next bundle loads its own) becomes the one form answer,
// keeping what was typed but no secret; a bug is thrown again for the error page.
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { ForbiddenError, InvalidFieldsError, NotFoundError, RateLimitedError, UnauthorizedError } from '@/lib/api/errors'
import { formFailure, formatRetry } from '@/lib/form-failure'

const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
  name: 'PrismaClientKnownRequestError',
  code: 'P1001',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
})

function typed(): FormData {
  const data = new FormData()
  data.append('body', 'Zinc helped me')
  data.append('password', 'a long secret password')
  data.append('token', 'mailed-token')
  return data
}
const values = { body: 'Zinc helped me' }

describe('formFailure', () => {
  it.each([
    ['not signed in', new UnauthorizedError(), 'Please sign in first: your text is kept here.'],
    ['forbidden', new ForbiddenError('Only the author can edit this story.'), 'Only the author can edit this story.'],
    ['not found', new NotFoundError('That story does not exist.'), 'That story does not exist.'],
    ['rate limited', new RateLimitedError(150, 'You have posted 60 replies in the last hour.'), 'You have posted 60 replies in the last hour. You can post again in 3 minutes; your text is kept here.'],
    ['the database unreachable', outage, "We're having trouble reaching our database. Please try again in a few seconds. Your text is kept here."],
  ])('answers %s with its message, keeping the text and no secret', (_kind, error, message) => {
    const result = formFailure(error, typed())
    expect(result).toEqual({ status: 'error', message, values })
    expect(JSON.stringify(result)).not.toMatch(/secret|mailed-token/)
  })

  it('puts a refusal by field and a schema error under their fields', () => {
    expect(formFailure(InvalidFieldsError.field('body', 'Contains a blocked word: “viagra”'), typed())).toEqual({
      status: 'error',
      message: 'Please correct the fields marked below.',
      fieldErrors: { body: ['Contains a blocked word: “viagra”'] },
      values,
    })
    const parsed = z.object({ body: z.string().max(3, 'At most 3') }).safeParse({ body: 'long' })
    expect(formFailure(parsed.error, typed())).toMatchObject({ status: 'error', fieldErrors: { body: ['At most 3'] }, values })
  })

  it('words each kind as the feature asks', () => {
    const wording = {
      signIn: 'Please sign in to report something.',
      forbidden: 'Only admins can change this.',
      retry: (message: string, wait: string) => `${message} Again in ${wait}.`,
      invalid: (fields: Record<string, string[]>) => Object.values(fields)[0]![0]!,
    }
    expect(formFailure(new UnauthorizedError(), undefined, wording)).toEqual({ status: 'error', message: 'Please sign in to report something.' })
    expect(formFailure(new ForbiddenError('Admins only'), undefined, wording).message).toBe('Only admins can change this.')
    expect(formFailure(new RateLimitedError(30, 'Slow down.'), undefined, wording).message).toBe('Slow down. Again in 30 seconds.')
    expect(formFailure(InvalidFieldsError.field('tagIds', 'The tags are unchanged.'), undefined, wording).message).toBe('The tags are unchanged.')
  })

  it('recognises the errors thrown by another copy of lib/api/errors', async () => {
    vi.resetModules()
    const other = await import('@/lib/api/errors')
    expect(other.RateLimitedError).not.toBe(RateLimitedError)
    expect(formFailure(new other.UnauthorizedError()).message).toBe('Please sign in first: your text is kept here.')
    expect(formFailure(new other.RateLimitedError(150, 'Too many.')).message).toBe('Too many. You can post again in 3 minutes; your text is kept here.')
    expect(formFailure(other.InvalidFieldsError.field('body', 'Blocked')).fieldErrors).toEqual({ body: ['Blocked'] })
  })

  it('throws a bug again, for the error page', () => {
    const bug = new TypeError('x is undefined')
    expect(() => formFailure(bug, typed())).toThrow(bug)
  })
})

describe('formatRetry', () => {
  it.each([
    [45, '45 seconds'],
    [89, '89 seconds'],
    [90, '2 minutes'],
    [60 * 60, '60 minutes'],
  ])('%i s is "%s"', (seconds, words) => {
    expect(formatRetry(seconds)).toBe(words)
  })
})
