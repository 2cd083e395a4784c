import { describe, expect, it } from 'vitest'
import type { ContentStatus, Role, UserStatus, Visibility } from '@/lib/generated/prisma/enums'
import {
  DEFAULT_AUTO_HIDE_THRESHOLD,
  canReadReportTarget,
  canReport,
  isValidAutoHideThreshold,
  openReportKey,
  reachesAutoHide,
  reportRefusal,
  type ReportTargetFacts,
  type ReporterFacts,
} from '@/lib/reports/policies'

const NOW = new Date('2026-11-24T12:00:00Z')
const FUTURE = new Date('2026-12-24T12:00:00Z')
const PAST = new Date('2026-10-24T12:00:00Z')

function person(id: string, role: Role = 'MEMBER', status: UserStatus = 'ACTIVE', suspendedUntil: Date | null = null): ReporterFacts {
  return { id, handle: id, role, status, suspendedUntil }
}
const member = person('member')
const author = person('author')
const moderator = person('mod', 'MODERATOR')
const admin = person('admin', 'ADMIN')
const suspended = person('suspended', 'MEMBER', 'SUSPENDED', FUTURE)
const suspensionOver = person('was-suspended', 'MEMBER', 'SUSPENDED', PAST)
const banned = person('banned', 'MEMBER', 'BANNED')

function post(status: ContentStatus = 'VISIBLE', visibility: Visibility = 'PUBLIC', deletedAt: Date | null = null) {
  return { status, visibility, authorId: 'author', deletedAt }
}
function storyTarget(...args: Parameters<typeof post>): ReportTargetFacts {
  return { type: 'POST', ...post(...args) }
}
function replyTarget(status: ContentStatus = 'VISIBLE', thread = post(), deletedAt: Date | null = null): ReportTargetFacts {
  return { type: 'COMMENT', authorId: 'author', status, deletedAt, post: { ...thread, authorId: 'thread-author' } }
}
const profile: ReportTargetFacts = { type: 'USER', id: 'author' }

describe('who may report', () => {
  // [reporter, target, refusal]
  const table: [string, ReporterFacts | null, ReportTargetFacts | null, ReturnType<typeof reportRefusal>][] = [
    ['a member, a visible story', member, storyTarget(), null],
    ['a member, a members-only story', member, storyTarget('VISIBLE', 'MEMBERS'), null],
    ['a moderator, a visible story', moderator, storyTarget(), null],
    ['an admin, a profile', admin, profile, null],
    ['a member whose suspension ended', suspensionOver, storyTarget(), null],
    ['nobody signed in', null, storyTarget(), 'sign-in'],
    ['a suspended member', suspended, storyTarget(), 'not-allowed'],
    ['a banned member', banned, profile, 'not-allowed'],
    ['the author, their own story', author, storyTarget(), 'own'],
    ['the author, their own reply', author, replyTarget(), 'own'],
    ['the member themselves', author, profile, 'own'],
    ['a member, a hidden story', member, storyTarget('HIDDEN'), 'not-found'],
    ['a member, a pending story', member, storyTarget('PENDING'), 'not-found'],
    ['a moderator, a hidden story', moderator, storyTarget('HIDDEN'), null],
    ['a member, a removed story', member, storyTarget('REMOVED'), 'not-found'],
    ['a member, a deleted story', member, storyTarget('VISIBLE', 'PUBLIC', PAST), 'not-found'],
    ['a member, nothing', member, null, 'not-found'],
    ['a member, a visible reply', member, replyTarget(), null],
    ['a member, a hidden reply', member, replyTarget('HIDDEN'), 'not-found'],
    ['a member, a pending reply', member, replyTarget('PENDING'), 'not-found'],
    ['a moderator, a hidden reply', moderator, replyTarget('HIDDEN'), null],
    ['a member, a removed reply', member, replyTarget('REMOVED'), 'not-found'],
    ['a member, a deleted reply', member, replyTarget('VISIBLE', post(), PAST), 'not-found'],
    ['a member, a reply in a hidden thread', member, replyTarget('VISIBLE', post('HIDDEN')), 'not-found'],
    ['a member, a reply under a deleted story', member, replyTarget('VISIBLE', post('VISIBLE', 'PUBLIC', PAST)), null],
    ['a member, a reply in a members-only thread', member, replyTarget('VISIBLE', post('VISIBLE', 'MEMBERS')), null],
  ]
  it.each(table)('%s', (_label, reporter, target, refusal) => {
    expect(reportRefusal(reporter, target, NOW)).toBe(refusal)
    expect(canReport(reporter, target, NOW)).toBe(refusal === null)
  })

  it('an anonymous reader cannot read a members-only story to report it', () => {
    expect(canReadReportTarget(null, storyTarget('VISIBLE', 'MEMBERS'))).toBe(false)
    expect(canReadReportTarget(null, storyTarget())).toBe(true)
  })
})

describe('auto-hide rules', () => {
  it('hides at the threshold, not before', () => {
    expect(reachesAutoHide(DEFAULT_AUTO_HIDE_THRESHOLD - 1, DEFAULT_AUTO_HIDE_THRESHOLD)).toBe(false)
    expect(reachesAutoHide(DEFAULT_AUTO_HIDE_THRESHOLD, DEFAULT_AUTO_HIDE_THRESHOLD)).toBe(true)
    expect(DEFAULT_AUTO_HIDE_THRESHOLD).toBe(3)
  })

  it('a threshold is a whole number from 2 to 20', () => {
    expect([2, 3, 20].every(isValidAutoHideThreshold)).toBe(true)
    expect([1, 21, 2.5, '3', null, Number.NaN].some(isValidAutoHideThreshold)).toBe(false)
  })

  it('one open report per reporter per target', () => {
    expect(openReportKey('u1', { type: 'POST', id: 42 })).toBe('u1:POST:42')
    expect(openReportKey('u1', { type: 'USER', id: 'u2' })).toBe('u1:USER:u2')
  })
})

describe('canReadReportTarget on replies, viewer × state', () => {
  const viewers = { anonymous: null, member, author, moderator } as const
  // [viewer, reply status, deleted, can read]
  const table: [keyof typeof viewers, ContentStatus, boolean, boolean][] = [
    ['anonymous', 'VISIBLE', false, true],
    ['anonymous', 'PENDING', false, false],
    ['member', 'PENDING', false, false],
    ['author', 'PENDING', false, true],
    ['moderator', 'PENDING', false, true],
    ['author', 'HIDDEN', false, true],
    ['author', 'REMOVED', false, false],
    ['moderator', 'REMOVED', false, false],
    ['author', 'VISIBLE', true, false],
    ['moderator', 'VISIBLE', true, false],
  ]
  it.each(table)('%s, a %s reply (deleted %s): %s', (who, status, deleted, readable) => {
    expect(canReadReportTarget(viewers[who], replyTarget(status, post(), deleted ? PAST : null))).toBe(readable)
  })
})
