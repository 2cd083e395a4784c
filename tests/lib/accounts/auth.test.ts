// The guards and next-auth callbacks, with getServerSession standing in for a signed-in request.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JWT } from 'next-auth/jwt'
import { ForbiddenError, UnauthorizedError } from '@/lib/api/errors'
import { db } from '@/lib/db'
import { createMember } from '@/tests/factories'

const session = vi.hoisted(() => ({ current: null as { user: { id: string } } | null }))
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next-auth')>()),
  getServerSession: vi.fn(async () => session.current),
}))

const { requireAdmin, requireModerator, requireParticipant, requireUser } = await import('@/lib/auth')
const { authOptions, oauthProviders } = await import('@/lib/accounts/auth-options')
const jwt = authOptions.callbacks!.jwt!
const sessionCallback = authOptions.callbacks!.session!

function signedInAs(user: { id: string } | null) {
  session.current = user ? { user: { id: user.id } } : null
}

beforeEach(() => signedInAs(null))

describe('guards', () => {
  it('a visitor is refused by every guard', async () => {
    for (const guard of [requireUser, requireParticipant, requireModerator, requireAdmin]) {
      await expect(guard()).rejects.toBeInstanceOf(UnauthorizedError)
    }
  })

  it.each([
    ['MEMBER', { user: true, participant: true, moderator: false, admin: false }],
    ['MODERATOR', { user: true, participant: true, moderator: true, admin: false }],
    ['ADMIN', { user: true, participant: true, moderator: true, admin: true }],
  ] as const)('a %s passes exactly the guards of their role', async (role, expected) => {
    signedInAs(await createMember({ role }))
    const passes = async (guard: () => Promise<unknown>) => guard().then(() => true, () => false)
    expect({
      user: await passes(requireUser),
      participant: await passes(requireParticipant),
      moderator: await passes(requireModerator),
      admin: await passes(requireAdmin),
    }).toEqual(expected)
  })

  it('a suspended member can use their account but not post, comment, react or report', async () => {
    const member = await createMember()
    await db.user.update({ where: { id: member.id }, data: { status: 'SUSPENDED', suspendedUntil: new Date(Date.now() + 86_400_000) } })
    signedInAs(member)
    await expect(requireUser()).resolves.toMatchObject({ id: member.id, status: 'SUSPENDED' })
    await expect(requireParticipant()).rejects.toThrow(/suspended until .*you can read, but not post/)
  })

  it('a banned member loses power at once, on the next request, even as a moderator', async () => {
    const moderator = await createMember({ role: 'MODERATOR' })
    signedInAs(moderator)
    await expect(requireParticipant()).resolves.toBeTruthy()
    await db.user.update({ where: { id: moderator.id }, data: { status: 'BANNED' } })
    await expect(requireParticipant()).rejects.toBeInstanceOf(ForbiddenError)
    await expect(requireParticipant()).rejects.toThrow('Your account is banned: you can read, but not post.')
  })

  it('a demoted moderator is no longer a moderator on the next request', async () => {
    const moderator = await createMember({ role: 'MODERATOR' })
    signedInAs(moderator)
    await expect(requireModerator()).resolves.toBeTruthy()
    await db.user.update({ where: { id: moderator.id }, data: { role: 'MEMBER' } })
    await expect(requireModerator()).rejects.toBeInstanceOf(ForbiddenError)
  })
})

describe('session tokens', () => {
  async function tokenFor(member: { id: string }): Promise<JWT> {
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { id: true, handle: true, role: true, sessionVersion: true } })
    return (await jwt({ token: {}, user: { ...user, email: null }, account: null, trigger: 'signIn' } as never)) as JWT
  }

  it('a token stops working when the session version is bumped (password change, ban, role change)', async () => {
    const member = await createMember()
    const token = await tokenFor(member)
    expect(await jwt({ token } as never)).toMatchObject({ sub: member.id, handle: member.handle, role: 'MEMBER' })
    await db.user.update({ where: { id: member.id }, data: { sessionVersion: { increment: 1 } } })
    expect(await jwt({ token } as never)).toEqual({})
  })

  it('a token of a deleted account stops working', async () => {
    const member = await createMember()
    const token = await tokenFor(member)
    await db.user.delete({ where: { id: member.id } })
    expect(await jwt({ token } as never)).toEqual({})
  })

  it('the session exposes only id, handle and role', async () => {
    const member = await createMember()
    const token = await tokenFor(member)
    const result = await sessionCallback({ session: { expires: 'soon', user: { name: 'x', email: member.email } }, token } as never)
    expect(result).toEqual({ expires: 'soon', user: { id: member.id, handle: member.handle, role: 'MEMBER' } })
    expect(JSON.stringify(result)).not.toContain(member.email)
  })
})

describe('OAuth providers', () => {
  it('appear only when both their variables are set', () => {
    expect(oauthProviders({}).map((p) => p.id)).toEqual([])
    expect(oauthProviders({ GITHUB_CLIENT_ID: 'id' }).map((p) => p.id)).toEqual([])
    expect(oauthProviders({ GITHUB_CLIENT_ID: 'id', GITHUB_CLIENT_SECRET: 's' }).map((p) => p.id)).toEqual(['github'])
    expect(
      oauthProviders({ GITHUB_CLIENT_ID: 'id', GITHUB_CLIENT_SECRET: 's', GOOGLE_CLIENT_ID: 'g', GOOGLE_CLIENT_SECRET: 't' }).map((p) => p.id),
    ).toEqual(['github', 'google'])
  })
})
