// The comment rules as tables of roles × states (the actions and pages call the same functions).
import { describe, expect, it } from 'vitest'
import {
  ASSUMED_UNMOVED_READERS,
  COMMENTS_PER_HOUR,
  NEW_ACCOUNT_COMMENTS_PER_HOUR,
  bestScore,
  canDeleteComment,
  canEditComment,
  commentAcceptsReplies,
  commentRateLimit,
  siblingComparator,
  threadAcceptsReplies,
} from '@/lib/comments/policies'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import type { Viewer } from '@/lib/viewer'

const author: Viewer = { id: 'author', handle: 'author', role: 'MEMBER' }
const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }
const moderator: Viewer = { id: 'mod', handle: 'mod', role: 'MODERATOR' }
const viewers = { anonymous: null, member, author, moderator } as const
const DELETED = new Date('2026-01-01')
const open = { status: 'VISIBLE', locked: false } as const

describe('who may edit and delete a comment', () => {
  // [viewer, status, deleted, locked thread, can edit, can delete]
  const table: [keyof typeof viewers, ContentStatus, boolean, boolean, boolean, boolean][] = [
    ['author', 'VISIBLE', false, false, true, true],
    ['author', 'PENDING', false, false, true, true],
    ['author', 'HIDDEN', false, false, true, true],
    ['author', 'REMOVED', false, false, false, true],
    ['author', 'VISIBLE', true, false, false, false],
    ['author', 'VISIBLE', false, true, false, true],
    ['member', 'VISIBLE', false, false, false, false],
    ['moderator', 'VISIBLE', false, false, false, false],
    ['anonymous', 'VISIBLE', false, false, false, false],
  ]
  it.each(table)('%s on a %s comment (deleted %s, locked %s): edit %s, delete %s', (who, status, deleted, locked, edit, del) => {
    const comment = { authorId: 'author', status, deletedAt: deleted ? DELETED : null }
    expect(canEditComment(viewers[who], comment, { status: 'VISIBLE', locked })).toBe(edit)
    expect(canDeleteComment(viewers[who], comment)).toBe(del)
  })

  it('a comment whose author account is gone is nobody’s to edit or delete', () => {
    const orphan = { authorId: null, status: 'VISIBLE' as const, deletedAt: null }
    expect(canEditComment(author, orphan, open)).toBe(false)
    expect(canDeleteComment(author, orphan)).toBe(false)
  })
})

describe('what takes replies', () => {
  it.each([
    ['VISIBLE', false, true],
    ['VISIBLE', true, false],
    ['PENDING', false, false],
    ['HIDDEN', false, false],
    ['REMOVED', false, false],
  ] as const)('a %s thread, locked %s: %s', (status, locked, accepts) => {
    expect(threadAcceptsReplies({ status, locked })).toBe(accepts)
  })

  it.each([
    ['VISIBLE', null, true],
    ['VISIBLE', DELETED, false],
    ['PENDING', null, false],
    ['HIDDEN', null, false],
    ['REMOVED', null, false],
  ] as const)('a %s comment deleted at %s: %s', (status, deletedAt, accepts) => {
    expect(commentAcceptsReplies({ status, deletedAt })).toBe(accepts)
  })
})

describe('commentRateLimit', () => {
  const now = new Date('2026-06-01T12:00:00Z')
  it('gives new accounts the lower limit', () => {
    expect(commentRateLimit({ createdAt: now, approvedPostCount: 0 }, now)).toEqual({ name: 'comments-new-account', points: NEW_ACCOUNT_COMMENTS_PER_HOUR, durationSeconds: 3600 })
    expect(commentRateLimit({ createdAt: new Date('2026-01-01'), approvedPostCount: 10 }, now)).toEqual({ name: 'comments', points: COMMENTS_PER_HOUR, durationSeconds: 3600 })
    expect(NEW_ACCOUNT_COMMENTS_PER_HOUR).toBeLessThan(COMMENTS_PER_HOUR)
  })
})

describe('sibling order', () => {
  const at = (path: string, minutes: number, helpfulCount = 0) => ({ path, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minutes)), helpfulCount })
  const first = at('0001', 1)
  const second = at('0002', 2, 5)
  const third = at('0003', 3, 1)
  const ids = (list: (typeof first)[]) => list.map((c) => c.path)

  it('old: posting order; new: newest first; best: most helpful first, ties in posting order', () => {
    expect(ids([third, first, second].sort(siblingComparator('old')))).toEqual(['0001', '0002', '0003'])
    expect(ids([first, third, second].sort(siblingComparator('new')))).toEqual(['0003', '0002', '0001'])
    expect(ids([first, third, second].sort(siblingComparator('best')))).toEqual(['0002', '0003', '0001'])
    const tie = at('0004', 4)
    expect(ids([tie, first].sort(siblingComparator('best')))).toEqual(['0001', '0004'])
    // Same minute: the later path counts as newer.
    expect(ids([at('0005', 9), at('0006', 9)].sort(siblingComparator('new')))).toEqual(['0006', '0005'])
    expect(ids([at('0006', 9), at('0005', 9)].sort(siblingComparator('old')))).toEqual(['0005', '0006'])
  })

  it('compares by path exactly: earlier path first, the same path equal', () => {
    for (const sort of ['old', 'best'] as const) {
      const compare = siblingComparator(sort)
      expect(compare(first, at('0002', 1))).toBeLessThan(0)
      expect(compare(at('0002', 1), first)).toBeGreaterThan(0)
      expect(compare(first, at('0001', 1))).toBe(0)
    }
  })

  it('ranks by the Wilson lower bound with assumed unmoved readers: one "helpful" ranks below five', () => {
    expect(ASSUMED_UNMOVED_READERS).toBe(2)
    expect(bestScore({ helpfulCount: 0 })).toBe(0)
    expect(bestScore({ helpfulCount: 1 })).toBeCloseTo(0.0615, 3)
    expect(bestScore({ helpfulCount: 5 })).toBeGreaterThan(bestScore({ helpfulCount: 1 }))
  })
})
