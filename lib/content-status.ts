// The one place a story's or comment's moderation status changes. Reports (auto-hide), the
// moderators' actions and the new-account review all go through here, so the thread's
// visible-comment count, the tags' counts and the author's approved-post count stay right
// whoever moves it. Announcing an approved reply is the caller's (notifications' own module).
// Call inside a transaction: the row is locked first, so two moderators acting at once
// cannot both apply the same transition.
import 'server-only'
import type { Prisma } from './generated/prisma/client'
import type { ContentStatus } from './generated/prisma/enums'
import { followPostCounting } from './tag-counts'
import { isPublic } from './visibility'

type Tx = Prisma.TransactionClient

export interface StatusChange {
  /** The status before the change; equal to `to` when nothing changed. */
  from: ContentStatus
  to: ContentStatus
  authorId: string | null
  /** For a comment, its thread. */
  postId: number
}

/** The moderators' reason is kept for REMOVED (shown publicly in place of the content) and
 * HIDDEN (shown to the author only, "Hidden by moderators: …"), and cleared otherwise. */
function keptReason(to: ContentStatus, reason: string | null): string | null {
  return to === 'REMOVED' || to === 'HIDDEN' ? reason : null
}

/**
 * Moves a story to `to`. `removalReason`: see keptReason. Approving a PENDING story (→ VISIBLE)
 * counts towards its author's approved posts; its tags' `postCount` (visible, undeleted posts)
 * follows whenever the story starts or stops counting. Insights follow by themselves (database
 * triggers on "Post"). Returns null when the story does not exist.
 */
export async function setPostStatus(tx: Tx, postId: number, to: ContentStatus, removalReason: string | null = null): Promise<StatusChange | null> {
  const rows = await tx.$queryRaw<{ status: ContentStatus; authorId: string | null; deletedAt: Date | null }[]>`
    SELECT status, "authorId", "deletedAt" FROM "Post" WHERE id = ${postId} FOR UPDATE`
  const row = rows[0]
  if (!row) return null
  const change: StatusChange = { from: row.status, to, authorId: row.authorId, postId }
  if (row.status === to && to !== 'REMOVED') return change
  await tx.post.update({ where: { id: postId }, data: { status: to, removalReason: keptReason(to, removalReason) } })
  await followPostCounting(tx, postId, isPublic(row), isPublic({ status: to, deletedAt: row.deletedAt }))
  if (row.status === 'PENDING' && to === 'VISIBLE' && row.authorId) {
    await tx.user.update({ where: { id: row.authorId }, data: { approvedPostCount: { increment: 1 } } })
  }
  return change
}

/**
 * Moves a comment to `to`, adjusting its thread's `commentCount` (visible, undeleted comments)
 * and, when a PENDING comment is approved, the author's approved-post count (the caller then
 * announces it: announceApprovedComment in lib/notifications/notify.ts).
 * Returns null when the comment does not exist.
 */
export async function setCommentStatus(tx: Tx, commentId: number, to: ContentStatus, removalReason: string | null = null): Promise<StatusChange | null> {
  const rows = await tx.$queryRaw<{ status: ContentStatus; authorId: string | null; postId: number; deletedAt: Date | null }[]>`
    SELECT status, "authorId", "postId", "deletedAt" FROM "Comment" WHERE id = ${commentId} FOR UPDATE`
  const row = rows[0]
  if (!row) return null
  const change: StatusChange = { from: row.status, to, authorId: row.authorId, postId: row.postId }
  if (row.status === to && to !== 'REMOVED') return change
  await tx.comment.update({ where: { id: commentId }, data: { status: to, removalReason: keptReason(to, removalReason) } })
  const before = isPublic(row)
  const after = isPublic({ status: to, deletedAt: row.deletedAt })
  if (before !== after) {
    await tx.post.update({ where: { id: row.postId }, data: { commentCount: { increment: after ? 1 : -1 } } })
  }
  if (row.status === 'PENDING' && to === 'VISIBLE' && row.authorId) {
    await tx.user.update({ where: { id: row.authorId }, data: { approvedPostCount: { increment: 1 } } })
  }
  return change
}
