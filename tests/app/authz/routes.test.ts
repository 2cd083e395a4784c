// Authorization matrix (./matrix.ts), group "routes": Route handlers (JSON APIs, feeds, health).
import { describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { createUser } from '../../factories'
import { signInAs } from './mocks'
import { runMatrix } from './run'

vi.mock('next-auth', async (importOriginal) => (await import('./mocks')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('./mocks')).navigationMock)
vi.mock('next/cache', async () => (await import('./mocks')).cacheMock)
vi.mock('next/headers', async () => (await import('./mocks')).headersMock)

runMatrix('routes')

describe('app/(forum)/notifications/count/route.ts#GET, signed in', () => {
  it('counts only the caller’s own unread notifications', async () => {
    const { GET } = await import('@/app/(forum)/notifications/count/route')
    const owner = await createUser()
    const stranger = await createUser()
    await db.notification.createMany({ data: [1, 2].map(() => ({ userId: owner.id, kind: 'MOD_ACTION' as const, message: 'Your story was pinned.' })) })
    // Every handler goes through withRoute, which takes the request as Next passes it.
    const request = () => new Request('http://localhost:3000/notifications/count')
    signInAs(stranger)
    expect(await (await GET(request())).json()).toEqual({ signedIn: true, unread: 0 })
    signInAs(owner)
    expect(await (await GET(request())).json()).toEqual({ signedIn: true, unread: 2 })
  })
})
