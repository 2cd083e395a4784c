import { describe, expect, it } from 'vitest'
import { HEALTH_POLICY_VERSION } from '@/lib/accounts/constants'
import { verifyCredentials } from '@/lib/accounts/credentials'
import { HANDLE_TAKEN_MESSAGE, registerUser } from '@/lib/accounts/registration'
import { db } from '@/lib/db'
import { createMember } from '@/tests/factories'

let ipCounter = 0
const context = () => ({ ip: `10.0.0.${++ipCounter}`, origin: 'http://forum.test' })
const input = (n: number) => ({ handle: `newbie_${n}`, email: `newbie${n}@example.test`, password: 'a good long password', consent: 'on' })

describe('sign-up', () => {
  it('creates the account with a hashed password, records consent and mails a verification link', async () => {
    const result = await registerUser(input(1), context())
    expect(result).toEqual({ ok: true, handle: 'newbie_1' })
    const user = await db.user.findUniqueOrThrow({
      where: { handleKey: 'newbie_1' },
      select: { id: true, email: true, passwordHash: true, role: true, emailVerifiedAt: true, consents: { select: { kind: true, policyVersion: true, grantedAt: true } } },
    })
    expect(user.email).toBe('newbie1@example.test')
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(user.role).toBe('MEMBER')
    expect(user.emailVerifiedAt).toBeNull()
    expect(user.consents).toEqual([{ kind: 'HEALTH_DATA', policyVersion: HEALTH_POLICY_VERSION, grantedAt: expect.any(Date) }])
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: 'newbie1@example.test' } })
    expect(mail.text).toMatch(/http:\/\/forum\.test\/verify-email\?token=[\w-]{43}/)
    expect(await verifyCredentials('NEWBIE1@example.test', 'a good long password')).toMatchObject({ id: user.id })
  })

  it('returns every validation error by field, and creates nothing', async () => {
    const result = await registerUser({ handle: 'x', email: 'nope', password: 'short', consent: null }, context())
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(['consent', 'email', 'handle', 'password'])
    expect(await db.user.count({ where: { email: 'nope' } })).toBe(0)
  })

  it('refuses a handle taken by someone else, ignoring case', async () => {
    await createMember({ handle: 'Rosacea_Rita' })
    const result = await registerUser({ ...input(2), handle: 'rosacea_rita' }, context())
    expect(result).toEqual({ ok: false, message: HANDLE_TAKEN_MESSAGE, fieldErrors: { handle: [HANDLE_TAKEN_MESSAGE] } })
  })

  it('refuses a handle someone used before (it still redirects to them)', async () => {
    const owner = await createMember()
    await db.handleRedirect.create({ data: { handleKey: 'old_name', userId: owner.id } })
    const result = await registerUser({ ...input(3), handle: 'Old_Name' }, context())
    expect(result.ok).toBe(false)
  })

  it('does not say that an email is registered: no account, and its owner is told by mail', async () => {
    const owner = await createMember({ email: 'taken@example.test' })
    const result = await registerUser({ ...input(4), email: 'Taken@example.test' }, context())
    expect(result).toEqual({ ok: true, handle: 'newbie_4' })
    expect(await db.user.count({ where: { handleKey: 'newbie_4' } })).toBe(0)
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: owner.email } })
    expect(mail.subject).toBe('You already have a WhatHelped account')
  })

  it('is rate-limited per IP address', async () => {
    const ip = { ip: '10.9.9.9', origin: 'http://forum.test' }
    for (let n = 10; n < 15; n++) expect((await registerUser(input(n), ip)).ok).toBe(true)
    const sixth = await registerUser(input(15), ip)
    expect(sixth.ok).toBe(false)
    if (!sixth.ok) expect(sixth.message).toMatch(/Too many sign-ups from your network/)
    expect((await registerUser(input(16), context())).ok).toBe(true)
  })
})
