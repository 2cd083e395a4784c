// Signs a test user in for server actions: next-auth's getServerSession is the only thing
// replaced (see `vi.mock('next-auth', …)` in each action test), so lib/auth's real guards run
// against the test database. Also records revalidations and redirects.
import { vi } from 'vitest'

let currentUserId: string | null = null

export function signInAs(user: { id: string } | null): void {
  currentUserId = user?.id ?? null
}

export async function nextAuthMock(importOriginal: () => Promise<unknown>) {
  const original = (await importOriginal()) as Record<string, unknown>
  return {
    ...original,
    getServerSession: vi.fn(async () => (currentUserId ? { user: { id: currentUserId }, expires: '2999-01-01' } : null)),
  }
}

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`)
  }
}

export const navigationMock = {
  redirect: vi.fn((url: string) => {
    throw new RedirectSignal(url)
  }),
  notFound: vi.fn(() => {
    throw new Error('notFound')
  }),
}

export const cacheMock = { revalidatePath: vi.fn(), revalidateTag: vi.fn() }

export function form(fields: Record<string, string | number | undefined | (string | number)[]>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, String(item))
  }
  return data
}
