// The public scope as pure values (tests/lib/visibility.test.ts runs them on the database).
import { describe, expect, it } from 'vitest'
import type { ContentStatus, Visibility } from '@/lib/generated/prisma/enums'
import { isPublic, isReadablePost } from '@/lib/visibility'
import { publicSql, publicWhere, readablePostSql, readablePostWhere } from '@/lib/visibility-sql'
import type { Viewer } from '@/lib/viewer'

const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }
const moderator: Viewer = { id: 'mod', handle: 'mod', role: 'MODERATOR' }

describe('the public scope', () => {
  // [status, deleted, visibility, public, readable signed out, readable by a member]
  const table: [ContentStatus, boolean, Visibility, boolean, boolean, boolean][] = [
    ['VISIBLE', false, 'PUBLIC', true, true, true],
    ['VISIBLE', false, 'MEMBERS', true, false, true],
    ['VISIBLE', true, 'PUBLIC', false, false, false],
    ['PENDING', false, 'PUBLIC', false, false, false],
    ['HIDDEN', false, 'PUBLIC', false, false, false],
    ['REMOVED', false, 'PUBLIC', false, false, false],
    ['REMOVED', false, 'MEMBERS', false, false, false],
  ]
  it.each(table)('a %s post (deleted %s, %s): public %s, readable signed out %s, by a member %s', (status, deleted, visibility, pub, anon, signedIn) => {
    const post = { status, deletedAt: deleted ? new Date() : null, visibility }
    expect(isPublic(post)).toBe(pub)
    expect(isReadablePost(null, post)).toBe(anon)
    expect(isReadablePost(member, post)).toBe(signedIn)
    // Moderators read what members read here: their extra sight is canSeePost's business.
    expect(isReadablePost(moderator, post)).toBe(signedIn)
  })

  it('is the same clause as a where and as SQL', () => {
    expect(publicWhere).toEqual({ status: 'VISIBLE', deletedAt: null })
    expect(readablePostWhere(null)).toEqual({ status: 'VISIBLE', deletedAt: null, visibility: 'PUBLIC' })
    expect(readablePostWhere(member)).toEqual({ status: 'VISIBLE', deletedAt: null })
    expect(publicSql('c').sql).toBe(`c.status = 'VISIBLE' AND c."deletedAt" IS NULL`)
    expect(readablePostSql(member, 'p').sql).toBe(`p.status = 'VISIBLE' AND p."deletedAt" IS NULL`)
    expect(readablePostSql(null).sql).toBe(`p.status = 'VISIBLE' AND p."deletedAt" IS NULL AND p.visibility = 'PUBLIC'`)
    expect(readablePostSql(null).values).toEqual([])
  })
})
