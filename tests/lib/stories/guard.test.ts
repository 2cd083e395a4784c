// What a form shows when its action is refused: server actions catch errors thrown by lib code
// that another Next bundle may have loaded, and a database outage is a message, not a crash.
import { describe, expect, it, vi } from 'vitest'
import { expectedFailureMessage } from '@/lib/stories/guard'

const outage = Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), {
  name: 'PrismaClientKnownRequestError',
  code: 'P1001',
  meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } } },
})

describe('expectedFailureMessage', () => {
  it('says when to try again for a rate limit thrown by another copy of lib/api/errors', async () => {
    vi.resetModules()
    const other = await import('@/lib/api/errors')
    expect(expectedFailureMessage(new other.RateLimitedError(150, 'You have posted 60 replies in the last hour.'))).toBe(
      'You have posted 60 replies in the last hour. You can post again in 3 minutes; your text is kept here.',
    )
    expect(expectedFailureMessage(new other.UnauthorizedError())).toBe('Please sign in first: your text is kept here.')
  })

  it('tells the member the database is briefly unreachable and keeps their text', () => {
    expect(expectedFailureMessage(outage)).toBe("We're having trouble reaching our database. Please try again in a few seconds. Your text is kept here.")
  })

  it('leaves a bug to the error page', () => {
    expect(expectedFailureMessage(new TypeError('x is undefined'))).toBeUndefined()
  })
})
