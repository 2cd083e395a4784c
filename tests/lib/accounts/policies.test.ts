import { describe, expect, it } from 'vitest'
import { canChangeRole, handleKey, isReservedHandle } from '@/lib/accounts/policies'
import { canParticipate, isAdmin, isModerator, isSuspended } from '@/lib/roles'
import type { Role, UserStatus } from '@/lib/generated/prisma/enums'

const NOW = new Date('2026-06-01T12:00:00Z')
const LATER = new Date('2026-06-02T12:00:00Z')
const EARLIER = new Date('2026-05-31T12:00:00Z')

describe('who may participate (post, comment, react, report)', () => {
  const cases: [UserStatus, Date | null, boolean][] = [
    ['ACTIVE', null, true],
    ['SUSPENDED', LATER, false],
    ['SUSPENDED', null, false],
    ['SUSPENDED', EARLIER, true],
    ['BANNED', null, false],
  ]
  for (const role of ['MEMBER', 'MODERATOR', 'ADMIN'] as Role[]) {
    it.each(cases)(`a ${role.toLowerCase()} who is %s until %s: %s`, (status, until, expected) => {
      expect(canParticipate({ role, status, suspendedUntil: until }, NOW)).toBe(expected)
    })
  }

  it('a suspension that has run out no longer counts', () => {
    expect(isSuspended({ role: 'MEMBER', status: 'SUSPENDED', suspendedUntil: EARLIER }, NOW)).toBe(false)
    // Ending this very moment: over.
    expect(isSuspended({ role: 'MEMBER', status: 'SUSPENDED', suspendedUntil: NOW }, NOW)).toBe(false)
  })
})

describe('roles', () => {
  it.each([
    ['MEMBER', false, false],
    ['MODERATOR', true, false],
    ['ADMIN', true, true],
  ] as [Role, boolean, boolean][])('%s: moderator %s, admin %s', (role, moderator, admin) => {
    expect(isModerator({ role })).toBe(moderator)
    expect(isAdmin({ role })).toBe(admin)
  })

  it('nobody signed in is no moderator', () => {
    expect(isModerator(null)).toBe(false)
  })

  it.each([
    ['ADMIN', 'a', 'b', true],
    ['ADMIN', 'a', 'a', false],
    ['MODERATOR', 'a', 'b', false],
    ['MEMBER', 'a', 'b', false],
  ] as [Role, string, string, boolean][])('a %s (%s) changing the role of %s: %s', (role, actorId, targetId, expected) => {
    expect(canChangeRole({ id: actorId, role }, { id: targetId })).toBe(expected)
  })
})

describe('reserved handles', () => {
  it.each([
    ['admin', true],
    ['Admin', true],
    ['MODERATOR', true],
    ['deleted', true],
    ['WhatHelped_Team', true],
    ['settings', true],
    ['lena_k', false],
    ['admiral', false],
  ])('%s → %s', (handle, reserved) => {
    expect(isReservedHandle(handle)).toBe(reserved)
  })
})

describe('handleKey', () => {
  it('compares handles ignoring case and surrounding spaces', () => {
    expect(handleKey('  Ann_Marie ')).toBe('ann_marie')
  })
})
