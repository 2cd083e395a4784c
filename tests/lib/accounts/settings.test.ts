import { describe, expect, it } from 'vitest'
import { verifyCredentials } from '@/lib/accounts/credentials'
import { currentHandleFor, getPublicProfile } from '@/lib/accounts/queries'
import { INVALID_LINK_MESSAGE, RESET_REQUESTED_MESSAGE, confirmEmail, requestPasswordReset, resetPassword } from '@/lib/accounts/recovery'
import { changeHandle, changePassword, requestEmailChange, updateNotifications, updateProfile } from '@/lib/accounts/settings'
import { changeUserRole } from '@/lib/accounts/roles'
import { db } from '@/lib/db'
import { createMember, createTag } from '@/tests/factories'

const PASSWORD = 'the right password'
let ipCounter = 0
const context = () => ({ ip: `198.51.100.${++ipCounter}`, origin: 'http://forum.test' })

async function tokenMailedTo(to: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to }, orderBy: { id: 'desc' } })
  return /token=([\w-]+)/.exec(mail.text)![1]!
}

describe('password', () => {
  it('changing it needs the current one, and ends every existing session', async () => {
    const member = await createMember({ password: PASSWORD })
    const wrong = await changePassword(member.id, { currentPassword: 'not it', password: 'a brand new password', confirm: 'a brand new password' })
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['That is not your current password'] } })
    const before = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } })
    expect(await changePassword(member.id, { currentPassword: PASSWORD, password: 'a brand new password', confirm: 'a brand new password' })).toEqual({ ok: true, handle: member.handle })
    const after = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { sessionVersion: true } })
    expect(after.sessionVersion).toBe(before.sessionVersion + 1)
    expect(await verifyCredentials(member.handle, PASSWORD)).toBeNull()
    expect(await verifyCredentials(member.handle, 'a brand new password')).not.toBeNull()
  })

  it('a forgotten password is reset through a single-use, hashed token', async () => {
    const member = await createMember({ password: PASSWORD })
    expect(await requestPasswordReset({ email: member.email }, context())).toEqual({ ok: true })
    const token = await tokenMailedTo(member.email)
    expect(await db.emailToken.count({ where: { tokenHash: token } })).toBe(0)
    const result = await resetPassword({ token, password: 'another long password', confirm: 'another long password' })
    expect(result).toEqual({ ok: true, handle: member.handle })
    expect(await verifyCredentials(member.email, 'another long password')).not.toBeNull()
    expect(await resetPassword({ token, password: 'a third long password', confirm: 'a third long password' })).toEqual({ ok: false, message: INVALID_LINK_MESSAGE })
  })

  it('an expired reset link does not work', async () => {
    const member = await createMember({ password: PASSWORD })
    await requestPasswordReset({ email: member.email }, context())
    const token = await tokenMailedTo(member.email)
    await db.emailToken.updateMany({ where: { userId: member.id }, data: { expiresAt: new Date(Date.now() - 1000) } })
    expect(await resetPassword({ token, password: 'another long password', confirm: 'another long password' })).toMatchObject({ ok: false })
  })

  it('asking for a reset says the same for an unknown address, and mails nothing', async () => {
    expect(await requestPasswordReset({ email: 'nobody@example.test' }, context())).toEqual({ ok: true })
    expect(await db.outboxMessage.count({ where: { to: 'nobody@example.test' } })).toBe(0)
    expect(RESET_REQUESTED_MESSAGE).toMatch(/^If an account uses that address/)
  })

  it('mail to one address is limited without telling: a registered and an unknown address answer alike past the limit', async () => {
    const member = await createMember()
    for (let i = 0; i < 7; i++) {
      expect(await requestPasswordReset({ email: member.email }, context())).toEqual({ ok: true })
      expect(await requestPasswordReset({ email: 'nobody-at-all@example.test' }, context())).toEqual({ ok: true })
    }
    expect(await db.outboxMessage.count({ where: { to: member.email } })).toBe(5)
  })

  it('a stranger asking for resets past the limit cannot revoke the member’s mailed link', async () => {
    const member = await createMember({ password: PASSWORD })
    for (let i = 0; i < 5; i++) await requestPasswordReset({ email: member.email }, context())
    const mailed = await tokenMailedTo(member.email)
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: member.email }, context())
    expect(await resetPassword({ token: mailed, password: 'another long password', confirm: 'another long password' })).toEqual({ ok: true, handle: member.handle })
  })

  it('the requester’s own limit is told, whatever the address', async () => {
    const ip = '203.0.113.77'
    for (let i = 0; i < 20; i++) await requestPasswordReset({ email: `someone-${i}@example.test` }, { ip, origin: 'http://forum.test' })
    expect(await requestPasswordReset({ email: 'another@example.test' }, { ip, origin: 'http://forum.test' })).toMatchObject({ ok: false, message: expect.stringMatching(/several emails/) })
  })
})

describe('email', () => {
  it('a new address takes effect only once confirmed from that address', async () => {
    const member = await createMember({ password: PASSWORD })
    expect(await requestEmailChange(member.id, { email: 'New@Example.test', password: PASSWORD }, context())).toEqual({ ok: true })
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).email).toBe(member.email)
    const token = await tokenMailedTo('new@example.test')
    expect(await confirmEmail({ token })).toEqual({ ok: true, email: 'new@example.test' })
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { email: true, emailVerifiedAt: true } })
    expect(user).toEqual({ email: 'new@example.test', emailVerifiedAt: expect.any(Date) })
  })

  it('changing the address needs the current password', async () => {
    const member = await createMember({ password: PASSWORD })
    expect(await requestEmailChange(member.id, { email: 'x@example.test', password: 'wrong' }, context())).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } })
  })
})

describe('handle and profile', () => {
  it('a new handle keeps the old profile URL working, and frees nothing for others', async () => {
    const member = await createMember({ handle: 'first_name' })
    expect(await changeHandle(member.id, { handle: 'Second_Name' })).toEqual({ ok: true, handle: 'Second_Name' })
    expect(await currentHandleFor('FIRST_name')).toBe('Second_Name')
    expect((await getPublicProfile('second_name'))?.id).toBe(member.id)
    const other = await createMember()
    expect(await changeHandle(other.id, { handle: 'first_name' })).toMatchObject({ ok: false, fieldErrors: { handle: ['This handle is taken: choose another'] } })
    // Its owner may take it back.
    expect(await changeHandle(member.id, { handle: 'first_name' })).toMatchObject({ ok: true })
    expect(await currentHandleFor('second_name')).toBe('first_name')
    expect(await db.handleRedirect.count({ where: { handleKey: 'first_name' } })).toBe(0)
  })

  it('bio and shown conditions; interventions cannot be shown as conditions', async () => {
    const member = await createMember()
    const eczema = await createTag({ kind: 'CONDITION', name: 'Eczema' })
    const zinc = await createTag({ kind: 'INTERVENTION', name: 'Zinc' })
    expect(await updateProfile(member.id, { bio: ' Itchy since 2019 ', conditions: [String(eczema.id), String(zinc.id)] })).toEqual({ ok: true })
    const profile = await getPublicProfile(member.handle)
    expect(profile).toMatchObject({ bio: 'Itchy since 2019', conditions: [{ slug: eczema.slug, name: 'Eczema' }] })
    expect(Object.keys(profile!).sort()).toEqual(['bio', 'conditions', 'createdAt', 'handle', 'id'])
  })

  it('notification preferences', async () => {
    const member = await createMember()
    expect(await updateNotifications(member.id, { notifyReplies: 'on', notifyMentions: null, notifyFollowed: null, emailNotifications: 'on' })).toEqual({ ok: true })
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { notifyReplies: true, notifyMentions: true, notifyFollowed: true, emailNotifications: true } })).toEqual({
      notifyReplies: true,
      notifyMentions: false,
      notifyFollowed: false,
      emailNotifications: true,
    })
  })
})

describe('roles', () => {
  it('an admin changes a role: audited, and the member’s sessions end', async () => {
    const admin = await createMember({ role: 'ADMIN' })
    const member = await createMember()
    expect(await changeUserRole(admin, { userId: member.id, role: 'MODERATOR', reason: 'Helps a lot' })).toEqual({ ok: true, handle: member.handle, role: 'MODERATOR' })
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id }, select: { role: true, sessionVersion: true } })).toEqual({ role: 'MODERATOR', sessionVersion: 1 })
    const log = await db.moderationAction.findFirstOrThrow({ where: { targetUserId: member.id } })
    expect(log).toMatchObject({ actorId: admin.id, action: 'ROLE_CHANGE', targetType: 'USER', reason: 'Helps a lot', details: { from: 'MEMBER', to: 'MODERATOR' } })
  })

  it('nobody changes their own role, and moderators change none', async () => {
    const admin = await createMember({ role: 'ADMIN' })
    const moderator = await createMember({ role: 'MODERATOR' })
    expect(await changeUserRole(admin, { userId: admin.id, role: 'MEMBER' })).toMatchObject({ ok: false })
    expect(await changeUserRole(moderator, { userId: admin.id, role: 'MEMBER' })).toMatchObject({ ok: false })
    expect(await db.moderationAction.count({ where: { targetUserId: admin.id } })).toBe(0)
  })
})
