// Setting a reaction and its counter in one transaction. The insert is ON CONFLICT DO NOTHING
// and the delete reports what it removed, so the counter moves only by rows that really
// changed: concurrent clicks cannot lose or double an update.
import 'server-only'
import { ForbiddenError, NotFoundError } from '../api/errors'
import { db } from '../db'
import type { ReactionKind } from '../generated/prisma/enums'
import { canReadFullPost } from '../visibility'
import type { Viewer } from '../viewer'
import { canReact } from './policies'

export interface ReactionResult {
  active: boolean
  count: number
}

const counterField = (kind: ReactionKind) => (kind === 'HELPFUL' ? 'helpfulCount' : 'meTooCount')
const COUNTERS = { helpfulCount: true, meTooCount: true } as const

export async function setPostReaction(viewer: NonNullable<Viewer>, postId: number, kind: ReactionKind, active: boolean): Promise<ReactionResult> {
  const post = await db.post.findUnique({ where: { id: postId }, select: { authorId: true, status: true, visibility: true, deletedAt: true } })
  if (!post || !canReadFullPost(viewer, post)) throw new NotFoundError('That story does not exist.')
  if (!canReact(viewer, post)) throw new ForbiddenError('You cannot react to this story.')
  const field = counterField(kind)
  return db.$transaction(async (tx) => {
    let delta = 0
    if (active) delta = (await tx.postReaction.createMany({ data: [{ userId: viewer.id, postId, kind }], skipDuplicates: true })).count
    else delta = -(await tx.postReaction.deleteMany({ where: { userId: viewer.id, postId, kind } })).count
    const counts = delta
      ? await tx.post.update({ where: { id: postId }, data: { [field]: { increment: delta } }, select: COUNTERS })
      : await tx.post.findUniqueOrThrow({ where: { id: postId }, select: COUNTERS })
    return { active, count: counts[field] }
  })
}

export async function setCommentReaction(viewer: NonNullable<Viewer>, commentId: number, kind: ReactionKind, active: boolean): Promise<ReactionResult> {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { authorId: true, status: true, deletedAt: true, post: { select: { authorId: true, status: true, visibility: true } } },
  })
  if (!comment || !canReadFullPost(viewer, comment.post)) throw new NotFoundError('That comment does not exist.')
  if (!canReact(viewer, comment)) throw new ForbiddenError('You cannot react to this comment.')
  const field = counterField(kind)
  return db.$transaction(async (tx) => {
    let delta = 0
    if (active) delta = (await tx.commentReaction.createMany({ data: [{ userId: viewer.id, commentId, kind }], skipDuplicates: true })).count
    else delta = -(await tx.commentReaction.deleteMany({ where: { userId: viewer.id, commentId, kind } })).count
    const counts = delta
      ? await tx.comment.update({ where: { id: commentId }, data: { [field]: { increment: delta } }, select: COUNTERS })
      : await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: COUNTERS })
    return { active, count: counts[field] }
  })
}
