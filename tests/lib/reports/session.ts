// Like tests/lib/stories/session.ts, but the signed-in member travels with the call
// (AsyncLocalStorage), so reports by different members can run at the same time.
import { AsyncLocalStorage } from 'node:async_hooks'
import { vi } from 'vitest'

const signedIn = new AsyncLocalStorage<string | null>()

/** Runs `fn` with `user` signed in (null: nobody). */
export function as<T>(user: { id: string } | null, fn: () => Promise<T>): Promise<T> {
  return signedIn.run(user?.id ?? null, fn)
}

export async function nextAuthMock(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>
  return {
    ...original,
    getServerSession: vi.fn(async () => {
      const id = signedIn.getStore()
      return id ? { user: { id }, expires: '2999-01-01' } : null
    }),
  }
}
