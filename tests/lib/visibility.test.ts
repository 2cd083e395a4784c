import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { ContentStatus, Visibility } from '@/lib/generated/prisma/enums'
import { isPublic, isReadablePost } from '@/lib/visibility'
import { publicSql, publicWhere, readablePostSql, readablePostWhere } from '@/lib/visibility-sql'
import type { Viewer } from '@/lib/viewer'
import { createComment, createStory, createUser } from '../factories'

const STATUSES: ContentStatus[] = ['VISIBLE', 'PENDING', 'HIDDEN', 'REMOVED']
const VISIBILITIES: Visibility[] = ['PUBLIC', 'MEMBERS']
const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }

/** One post and one comment for every status × deleted × visibility. */
async function everyCombination() {
  const author = await createUser()
  const posts: { id: number; status: ContentStatus; deletedAt: Date | null; visibility: Visibility }[] = []
  const comments: { id: number; status: ContentStatus; deletedAt: Date | null }[] = []
  const host = await createStory({ authorId: author.id })
  for (const status of STATUSES) {
    for (const deletedAt of [null, new Date()]) {
      for (const visibility of VISIBILITIES) {
        const post = await createStory({ authorId: author.id, status, visibility, deletedAt: deletedAt ?? undefined })
        posts.push({ id: post.id, status, deletedAt, visibility })
      }
      const comment = await createComment({ postId: host.id, authorId: author.id, status })
      if (deletedAt) await db.comment.update({ where: { id: comment.id }, data: { deletedAt } })
      comments.push({ id: comment.id, status, deletedAt })
    }
  }
  return { posts, comments, ids: posts.map((p) => p.id), commentIds: comments.map((c) => c.id) }
}

const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b)

describe('the public scope', () => {
  it('selects the same posts and comments as a where, as SQL and as a predicate: visible and not deleted', async () => {
    const { posts, comments, ids, commentIds } = await everyCombination()
    const expected = posts.filter((p) => p.status === 'VISIBLE' && p.deletedAt === null).map((p) => p.id)
    expect(expected).toHaveLength(VISIBILITIES.length)

    const byWhere = await db.post.findMany({ where: { id: { in: ids }, ...publicWhere }, select: { id: true } })
    const bySql = await db.$queryRaw<{ id: number }[]>`SELECT p.id FROM "Post" p WHERE p.id = ANY(${ids}) AND ${publicSql('p')}`
    expect(sorted(byWhere.map((r) => r.id))).toEqual(sorted(expected))
    expect(sorted(bySql.map((r) => r.id))).toEqual(sorted(expected))
    expect(posts.filter(isPublic).map((p) => p.id)).toEqual(expected)

    const expectedComments = comments.filter((c) => c.status === 'VISIBLE' && c.deletedAt === null).map((c) => c.id)
    expect(expectedComments).toHaveLength(1)
    const commentsByWhere = await db.comment.findMany({ where: { id: { in: commentIds }, ...publicWhere }, select: { id: true } })
    const commentsBySql = await db.$queryRaw<{ id: number }[]>`SELECT c.id FROM "Comment" c WHERE c.id = ANY(${commentIds}) AND ${publicSql('c')}`
    expect(commentsByWhere.map((r) => r.id)).toEqual(expectedComments)
    expect(commentsBySql.map((r) => r.id)).toEqual(expectedComments)
    expect(comments.filter(isPublic).map((c) => c.id)).toEqual(expectedComments)
  })

  it.each([
    ['a signed-out visitor', null, ['PUBLIC']],
    ['a member', member, ['PUBLIC', 'MEMBERS']],
  ] as const)('gives %s the whole text of the same posts as a where, as SQL and as a predicate', async (_name, viewer, visibilities) => {
    const { posts, ids } = await everyCombination()
    const expected = posts
      .filter((p) => p.status === 'VISIBLE' && p.deletedAt === null && (visibilities as readonly Visibility[]).includes(p.visibility))
      .map((p) => p.id)
    expect(expected).toHaveLength(visibilities.length)
    const byWhere = await db.post.findMany({ where: { id: { in: ids }, ...readablePostWhere(viewer) }, select: { id: true } })
    const bySql = await db.$queryRaw<{ id: number }[]>`SELECT p.id FROM "Post" p WHERE p.id = ANY(${ids}) AND ${readablePostSql(viewer)}`
    expect(sorted(byWhere.map((r) => r.id))).toEqual(sorted(expected))
    expect(sorted(bySql.map((r) => r.id))).toEqual(sorted(expected))
    expect(posts.filter((p) => isReadablePost(viewer, p)).map((p) => p.id)).toEqual(expected)
  })
})
