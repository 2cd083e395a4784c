// Authorization matrix (./matrix.ts), group "staff": Moderator and admin actions.
import { vi } from 'vitest'
import { runMatrix } from './run'

vi.mock('next-auth', async (importOriginal) => (await import('./mocks')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('./mocks')).navigationMock)
vi.mock('next/cache', async () => (await import('./mocks')).cacheMock)
vi.mock('next/headers', async () => (await import('./mocks')).headersMock)

runMatrix('staff')
