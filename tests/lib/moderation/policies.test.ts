// The moderation rules as a table of pure decisions (the server action runs the same function;
// tests/lib/moderation/permissions.test.ts checks it end to end).
import { describe, expect, it } from 'vitest'
import { availableVerbs, canModerate, decideModAction, type ModActor, type ModTarget, type ModVerb } from '@/lib/moderation/policies'

const now = new Date('2026-06-01T12:00:00Z')
const later = new Date('2026-06-08T12:00:00Z')
const earlier = new Date('2026-05-01T12:00:00Z')

const actor = (role: ModActor['role'], status: ModActor['status'] = 'ACTIVE', suspendedUntil: Date | null = null): ModActor => ({ id: `${role}-${status}`, role, status, suspendedUntil })
const moderator = actor('MODERATOR')
const admin = actor('ADMIN')

const comment = (status: 'VISIBLE' | 'PENDING' | 'HIDDEN' | 'REMOVED', authorId = 'someone'): ModTarget => ({ type: 'COMMENT', authorId, status, deleted: false, threadLocked: false })
const story = (over: Partial<Extract<ModTarget, { type: 'POST' }>> = {}): ModTarget => ({ type: 'POST', authorId: 'someone', status: 'VISIBLE', deleted: false, locked: false, pinned: false, kind: 'STORY', ...over })
const account = (role: ModActor['role'], status: ModActor['status'] = 'ACTIVE', suspendedUntil: Date | null = null, id = 'target'): ModTarget => ({ type: 'USER', id, role, status, suspendedUntil })

const decide = (who: ModActor | null, verb: ModVerb, target: ModTarget, openReports = 0) => decideModAction(who, verb, target, { openReports, now })

describe('decideModAction', () => {
  it.each([
    ['nobody signed in', null, 'Sign in to moderate.'],
    ['a member', actor('MEMBER'), 'Moderators only.'],
    ['a suspended moderator', actor('MODERATOR', 'SUSPENDED', later), 'Your account is suspended or banned: you cannot moderate.'],
    ['a banned admin', actor('ADMIN', 'BANNED'), 'Your account is suspended or banned: you cannot moderate.'],
  ] as const)('refuses %s', (_who, who, reason) => {
    expect(decide(who, 'HIDE', comment('VISIBLE'))).toEqual({ ok: false, reason })
  })

  it('lets a moderator whose suspension has ended act again', () => {
    expect(decide(actor('MODERATOR', 'SUSPENDED', earlier), 'HIDE', comment('VISIBLE')).ok).toBe(true)
  })

  it.each([
    ['REMOVE', comment('REMOVED'), 'This reply is already removed.'],
    ['HIDE', comment('HIDDEN'), 'This reply is already hidden.'],
    ['HIDE', comment('REMOVED'), 'This reply is removed: restore it first.'],
    ['RESTORE', story(), 'This story is neither hidden nor removed.'],
    ['APPROVE', story(), 'This story is not waiting for review.'],
    ['LOCK', story({ locked: true }), 'This thread is already locked.'],
    ['UNPIN', story(), 'This story is not pinned.'],
    ['PIN', story({ status: 'HIDDEN' }), 'Only a visible story can be pinned.'],
    ['EDIT_TAGS', story({ deleted: true }), 'This story was deleted by its author.'],
    ['LOCK', comment('VISIBLE'), 'That action does not apply to a reply.'],
    ['BAN', story(), 'That action does not apply to a story.'],
    ['DISMISS', story(), 'There are no open reports to dismiss.'],
  ] as const)('%s on %o is refused clearly', (verb, target, reason) => {
    expect(decide(admin, verb, target)).toEqual({ ok: false, reason })
  })

  it.each([
    [moderator, account('MODERATOR'), false],
    [moderator, account('ADMIN'), false],
    [moderator, account('MEMBER'), true],
    [admin, account('MODERATOR'), true],
    [admin, account('ADMIN'), true],
  ] as const)('%o suspends %o → %s', (who, target, ok) => {
    expect(decide(who, 'SUSPEND', target).ok).toBe(ok)
  })

  it('nobody acts on their own account, nor dismisses reports about their own posts', () => {
    for (const verb of ['WARN', 'SUSPEND', 'BAN', 'UNBAN'] as const) {
      expect(decide(admin, verb, account('ADMIN', 'BANNED', null, admin.id))).toEqual({ ok: false, reason: 'You cannot moderate your own account.' })
    }
    expect(decide(moderator, 'DISMISS', comment('VISIBLE', moderator.id), 2).ok).toBe(false)
    expect(decide(moderator, 'DISMISS', comment('VISIBLE'), 2).ok).toBe(true)
  })

  it('unban lifts a ban or a running suspension, not an expired one', () => {
    expect(decide(moderator, 'UNBAN', account('MEMBER', 'BANNED')).ok).toBe(true)
    expect(decide(moderator, 'UNBAN', account('MEMBER', 'SUSPENDED', later)).ok).toBe(true)
    expect(decide(moderator, 'UNBAN', account('MEMBER', 'SUSPENDED', earlier)).ok).toBe(false)
  })
})

describe('availableVerbs', () => {
  it('offers what applies to each target', () => {
    expect(availableVerbs(moderator, story(), { openReports: 1, now })).toEqual(['DISMISS', 'HIDE', 'REMOVE', 'LOCK', 'PIN', 'EDIT_TAGS'])
    expect(availableVerbs(moderator, comment('PENDING'), { openReports: 0, now })).toEqual(['APPROVE', 'HIDE', 'REMOVE'])
    expect(availableVerbs(moderator, account('MEMBER', 'BANNED'), { openReports: 0, now })).toEqual(['UNBAN'])
    expect(availableVerbs(moderator, account('ADMIN'), { openReports: 0, now })).toEqual([])
    expect(availableVerbs(actor('MEMBER'), story(), { openReports: 3, now })).toEqual([])
  })
})

describe('decideModAction, every content verb × status', () => {
  const allow = { ok: true }
  const no = (reason: string) => ({ ok: false, reason })
  // [verb, status, decision for a story ("story") — a reply says "reply"]
  const table: [ModVerb, 'VISIBLE' | 'PENDING' | 'HIDDEN' | 'REMOVED', { ok: boolean; reason?: string }][] = [
    ['APPROVE', 'PENDING', allow],
    ['APPROVE', 'VISIBLE', no('This NOUN is not waiting for review.')],
    ['APPROVE', 'HIDDEN', no('This NOUN is not waiting for review.')],
    ['APPROVE', 'REMOVED', no('This NOUN is not waiting for review.')],
    ['HIDE', 'VISIBLE', allow],
    ['HIDE', 'PENDING', allow],
    ['HIDE', 'HIDDEN', no('This NOUN is already hidden.')],
    ['HIDE', 'REMOVED', no('This NOUN is removed: restore it first.')],
    ['REMOVE', 'VISIBLE', allow],
    ['REMOVE', 'PENDING', allow],
    ['REMOVE', 'HIDDEN', allow],
    ['REMOVE', 'REMOVED', no('This NOUN is already removed.')],
    ['RESTORE', 'HIDDEN', allow],
    ['RESTORE', 'REMOVED', allow],
    ['RESTORE', 'VISIBLE', no('This NOUN is neither hidden nor removed.')],
    ['RESTORE', 'PENDING', no('This NOUN is neither hidden nor removed.')],
  ]
  it.each(table)('%s a %s story or reply', (verb, status, decision) => {
    const expected = (noun: string) => (decision.ok ? allow : no(decision.reason!.replace('NOUN', noun)))
    expect(decide(moderator, verb, story({ status }))).toEqual(expected('story'))
    expect(decide(moderator, verb, comment(status))).toEqual(expected('reply'))
  })

  it.each([
    ['LOCK', story(), allow],
    ['UNLOCK', story({ locked: true }), allow],
    ['UNLOCK', story(), no('This thread is not locked.')],
    ['PIN', story(), allow],
    ['PIN', story({ pinned: true }), no('This story is already pinned.')],
    ['PIN', story({ status: 'PENDING' }), no('Only a visible story can be pinned.')],
    ['PIN', story({ deleted: true }), no('Only a visible story can be pinned.')],
    ['UNPIN', story({ pinned: true }), allow],
    ['EDIT_TAGS', story({ status: 'HIDDEN' }), allow],
    ['EDIT_TAGS', story({ status: 'REMOVED' }), no('This story is removed: restore it first.')],
    ['PIN', comment('VISIBLE'), no('That action does not apply to a reply.')],
    ['APPROVE', account('MEMBER'), no('That action does not apply to an account.')],
    ['WARN', story(), no('That action does not apply to a story.')],
  ] as const)('thread verb %s on case %#', (verb, target, decision) => {
    expect(decide(moderator, verb, target)).toEqual(decision)
  })
})

describe('decideModAction on accounts', () => {
  const allow = { ok: true }
  const no = (reason: string) => ({ ok: false, reason })
  it.each([
    ['WARN', account('MEMBER'), allow],
    ['WARN', account('MEMBER', 'BANNED'), no('This account is banned: there is no one to warn.')],
    ['SUSPEND', account('MEMBER', 'SUSPENDED', later), allow],
    ['SUSPEND', account('MEMBER', 'BANNED'), no('This account is banned: unban it before suspending it.')],
    ['BAN', account('MEMBER', 'SUSPENDED', later), allow],
    ['BAN', account('MEMBER', 'BANNED'), no('This account is already banned.')],
    ['UNBAN', account('MEMBER', 'SUSPENDED', null), allow],
    ['UNBAN', account('MEMBER'), no('This account is neither banned nor suspended.')],
    // A suspension that ends this very moment has ended.
    ['UNBAN', account('MEMBER', 'SUSPENDED', now), no('This account is neither banned nor suspended.')],
  ] as const)('a moderator: %s, case %#', (verb, target, decision) => {
    expect(decide(moderator, verb, target)).toEqual(decision)
  })

  it('says whose account only an admin may touch', () => {
    expect(decide(moderator, 'WARN', account('MODERATOR'))).toEqual(no('Only an admin can act on a moderator’s account.'))
    expect(decide(moderator, 'WARN', account('ADMIN'))).toEqual(no('Only an admin can act on an admin’s account.'))
    expect(decide(admin, 'WARN', account('MODERATOR'))).toEqual(allow)
  })

  it('leaves reports about a moderator’s own account to another moderator', () => {
    expect(decide(moderator, 'DISMISS', account('MODERATOR', 'ACTIVE', null, moderator.id), 1)).toEqual(no('Reports about you or your own posts are for another moderator.'))
    expect(decide(moderator, 'DISMISS', story({ authorId: moderator.id }), 1)).toEqual(no('Reports about you or your own posts are for another moderator.'))
    expect(decide(moderator, 'DISMISS', account('MEMBER'), 1)).toEqual(allow)
  })
})

describe('canModerate', () => {
  it.each([
    ['nobody', null, false],
    ['a member', actor('MEMBER'), false],
    ['a moderator', moderator, true],
    ['an admin', admin, true],
    ['a suspended moderator', actor('MODERATOR', 'SUSPENDED', later), false],
    ['a moderator whose suspension ended', actor('MODERATOR', 'SUSPENDED', earlier), true],
    ['a banned admin', actor('ADMIN', 'BANNED'), false],
  ] as const)('%s: %s', (_who, who, may) => {
    expect(canModerate(who, now)).toBe(may)
  })
})
