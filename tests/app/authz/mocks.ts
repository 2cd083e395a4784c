// What the matrix's test files replace: next-auth's getServerSession (so lib/auth's real guards
// run against the test database; tests/lib/stories/session.ts), next/navigation's redirect,
// next/cache, and next/headers for the account actions that read the request's headers and
// cookies. Each test file hoists its own vi.mock calls to these.
import { vi } from 'vitest'

export { cacheMock, nextAuthMock, navigationMock, RedirectSignal, form, signInAs } from '../../lib/stories/session'

/** The address and host an in-process server action "comes from" (documentation range). */
export const REQUEST_HEADERS = { host: 'localhost:3000', 'x-forwarded-for': '203.0.113.7' }

const cookieJar = {
  get: vi.fn(() => undefined),
  getAll: vi.fn(() => []),
  has: vi.fn(() => false),
  set: vi.fn(),
  delete: vi.fn(),
}

export const headersMock = {
  headers: vi.fn(async () => new Headers(REQUEST_HEADERS)),
  cookies: vi.fn(async () => cookieJar),
}
