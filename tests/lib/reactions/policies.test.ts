import { describe, expect, it } from 'vitest'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import { canReact } from '@/lib/reactions/policies'
import type { Viewer } from '@/lib/viewer'

const author: Viewer = { id: 'author', handle: 'author', role: 'MEMBER' }
const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }
const moderator: Viewer = { id: 'mod', handle: 'mod', role: 'MODERATOR' }
const viewers = { anonymous: null, member, author, moderator } as const

describe('canReact', () => {
  // [viewer, status, deleted, may react]
  const table: [keyof typeof viewers, ContentStatus, boolean, boolean][] = [
    ['member', 'VISIBLE', false, true],
    ['moderator', 'VISIBLE', false, true],
    ['anonymous', 'VISIBLE', false, false],
    ['author', 'VISIBLE', false, false],
    ['member', 'VISIBLE', true, false],
    ['member', 'PENDING', false, false],
    ['member', 'HIDDEN', false, false],
    ['member', 'REMOVED', false, false],
  ]
  it.each(table)('%s on a %s post or comment (deleted %s): %s', (who, status, deleted, may) => {
    expect(canReact(viewers[who], { authorId: 'author', status, deletedAt: deleted ? new Date() : null })).toBe(may)
  })

  it('words whose author account is gone can still be marked helpful', () => {
    expect(canReact(member, { authorId: null, status: 'VISIBLE', deletedAt: null })).toBe(true)
  })
})
