import { describe, expect, it } from 'vitest'
import type { ContentStatus, Visibility } from '@/lib/generated/prisma/enums'
import { canReadFullPost, canSeePost, canSeePostTitle } from '@/lib/visibility'
import type { Viewer } from '@/lib/viewer'

const author: Viewer = { id: 'author', handle: 'author', role: 'MEMBER' }
const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }
const moderator: Viewer = { id: 'mod', handle: 'mod', role: 'MODERATOR' }
const viewers = { anonymous: null, member, author, moderator } as const

// [status, visibility, viewer, can see, can read in full]
const table: [ContentStatus, Visibility, keyof typeof viewers, boolean, boolean][] = [
  ['VISIBLE', 'PUBLIC', 'anonymous', true, true],
  ['VISIBLE', 'MEMBERS', 'anonymous', true, false],
  ['VISIBLE', 'MEMBERS', 'member', true, true],
  ['PENDING', 'PUBLIC', 'anonymous', false, false],
  ['PENDING', 'PUBLIC', 'member', false, false],
  ['PENDING', 'PUBLIC', 'author', true, true],
  ['PENDING', 'PUBLIC', 'moderator', true, true],
  ['HIDDEN', 'PUBLIC', 'member', false, false],
  ['HIDDEN', 'MEMBERS', 'author', true, true],
  ['REMOVED', 'PUBLIC', 'anonymous', true, true],
]

describe('post visibility policies', () => {
  it.each(table)('%s %s post, %s viewer: sees %s, reads in full %s', (status, visibility, who, sees, reads) => {
    const post = { status, visibility, authorId: 'author' }
    expect(canSeePost(viewers[who], post)).toBe(sees)
    expect(canReadFullPost(viewers[who], post)).toBe(reads)
  })
})

// [status, deleted, viewer, sees the title (and so the page's <title>, slug, notifications)]
const titleTable: [ContentStatus, boolean, keyof typeof viewers, boolean][] = [
  ['VISIBLE', false, 'anonymous', true],
  ['VISIBLE', true, 'anonymous', false],
  ['VISIBLE', true, 'author', false],
  ['VISIBLE', true, 'moderator', false],
  ['REMOVED', false, 'anonymous', false],
  ['REMOVED', false, 'member', false],
  ['REMOVED', false, 'author', true],
  ['REMOVED', false, 'moderator', true],
  ['HIDDEN', false, 'member', false],
  ['HIDDEN', false, 'author', true],
  ['PENDING', false, 'anonymous', false],
  ['PENDING', false, 'moderator', true],
]

describe('canSeePostTitle', () => {
  it.each(titleTable)('%s post, deleted %s, %s viewer: sees its title %s', (status, deleted, who, sees) => {
    const post = { status, visibility: 'PUBLIC' as const, authorId: 'author', deletedAt: deleted ? new Date() : null }
    expect(canSeePostTitle(viewers[who], post)).toBe(sees)
  })
})
