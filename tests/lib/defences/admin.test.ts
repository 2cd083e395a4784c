// The admin defences page's actions: admins only (enforced by the actions, not the page),
// validated, audited, and in force at once on this instance.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { createComment } from '@/lib/comments/actions'
import { db } from '@/lib/db'
import { addBannedTermAction, removeBannedTermAction } from '@/lib/defences/actions'
import { setAutoHideThresholdAction } from '@/lib/reports/actions'
import { getCompiledBannedTerms, invalidateBannedTerms } from '@/lib/defences/banned-terms'
import { listBannedTerms, listDefenceChanges } from '@/lib/defences/queries'
import { getAutoHideThreshold } from '@/lib/reports/settings'
import { createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const add = (kind: string, value: string) => addBannedTermAction(idle, form({ kind, value }))

beforeEach(async () => {
  signInAs(null)
  await db.bannedTerm.deleteMany()
  await db.moderationAction.deleteMany()
  invalidateBannedTerms()
})

describe('banned terms: who may change them', () => {
  it.each(['MEMBER', 'MODERATOR'] as const)('refuses a %s on the server, whatever the page showed', async (role) => {
    signInAs(await createUser({ role }))
    const added = await add('WORD', 'viagra')
    expect(added).toMatchObject({ status: 'error', message: 'Only admins can change this.' })
    const term = await db.bannedTerm.create({ data: { kind: 'WORD', value: `kept-${role.toLowerCase()}` } })
    expect((await removeBannedTermAction(idle, form({ id: term.id }))).status).toBe('error')
    expect((await setAutoHideThresholdAction(idle, form({ threshold: 9 }))).status).toBe('error')
    expect(await db.bannedTerm.count({ where: { value: 'viagra' } })).toBe(0)
    expect(await db.bannedTerm.count({ where: { id: term.id } })).toBe(1)
    expect(await getAutoHideThreshold()).not.toBe(9)
    expect(await db.moderationAction.count({ where: { action: { in: ['BANNED_TERMS', 'SETTING_CHANGE'] } } })).toBe(0)
  })

  it('refuses a signed-out request', async () => {
    expect((await add('WORD', 'viagra')).message).toMatch(/sign in/)
    expect(await db.bannedTerm.count()).toBe(0)
  })
})

describe('banned terms: admins', () => {
  it('adds a word and a domain, normalised, audited, and in force at once', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    signInAs(admin)
    await getCompiledBannedTerms() // a cached (empty) list that the change must replace
    expect(await add('WORD', '  Miracle   CURE ')).toMatchObject({ status: 'success' })
    expect(await add('URL', 'https://www.Spam.example/offer?x=1')).toMatchObject({ status: 'success', message: 'Links to spam.example are now refused.' })
    expect((await listBannedTerms()).map((t) => [t.kind, t.value, t.createdByHandle])).toEqual([
      ['WORD', 'miracle cure', admin.handle],
      ['URL', 'spam.example', admin.handle],
    ])
    const audit = await db.moderationAction.findMany({ where: { action: 'BANNED_TERMS' }, orderBy: { id: 'asc' }, select: { actorId: true, details: true } })
    expect(audit).toEqual([
      { actorId: admin.id, details: { added: { kind: 'WORD', value: 'miracle cure' } } },
      { actorId: admin.id, details: { added: { kind: 'URL', value: 'spam.example' } } },
    ])

    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const refused = await createComment(idle, form({ postId: story.id, body: 'a miracle cure!' }))
    expect(refused.fieldErrors?.body?.[0]).toBe('Contains a blocked word: “miracle cure”')
  })

  it('answers invalid input and duplicates with field errors', async () => {
    signInAs(await createUser({ role: 'ADMIN' }))
    expect((await add('URL', 'not a domain')).fieldErrors?.value?.[0]).toMatch(/domain/)
    expect((await add('PHRASE', 'x')).fieldErrors?.kind).toBeDefined()
    expect((await add('WORD', '')).fieldErrors?.value).toBeDefined()
    expect((await add('WORD', 'x'.repeat(101))).fieldErrors?.value?.[0]).toMatch(/At most 100/)
    await add('WORD', 'viagra')
    const again = await add('WORD', 'VIAGRA')
    expect(again.fieldErrors?.value).toEqual(['Already on the list'])
    expect(again.values?.value).toBe('VIAGRA')
    expect(await db.bannedTerm.count()).toBe(1)
  })

  it('removes a term, audited, and allows the word again at once', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    signInAs(admin)
    await add('WORD', 'viagra')
    const term = await db.bannedTerm.findUniqueOrThrow({ where: { value: 'viagra' } })
    expect(await removeBannedTermAction(idle, form({ id: term.id }))).toMatchObject({ status: 'success' })
    expect(await db.bannedTerm.count()).toBe(0)
    expect((await removeBannedTermAction(idle, form({ id: term.id }))).status).toBe('error')
    const changes = await listDefenceChanges()
    expect(changes[0]).toMatchObject({ action: 'BANNED_TERMS', actorHandle: admin.handle, details: { removed: { kind: 'WORD', value: 'viagra' } } })

    const story = await createStory({ authorId: admin.id })
    expect((await createComment(idle, form({ postId: story.id, body: 'viagra is fine to mention now' }))).status).toBe('success')
  })

  it('sets the auto-hide threshold, in range, audited', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    signInAs(admin)
    expect((await setAutoHideThresholdAction(idle, form({ threshold: 1 }))).fieldErrors?.threshold).toBeDefined()
    expect((await setAutoHideThresholdAction(idle, form({ threshold: 'many' }))).fieldErrors?.threshold).toBeDefined()
    expect(await setAutoHideThresholdAction(idle, form({ threshold: 7 }))).toMatchObject({ status: 'success' })
    expect(await getAutoHideThreshold()).toBe(7)
    expect((await listDefenceChanges())[0]).toMatchObject({ action: 'SETTING_CHANGE', actorHandle: admin.handle })
  })
})
