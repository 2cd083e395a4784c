// The one place a story's or comment's moderation status changes. Reports (auto-hide), the
// moderators' actions and the new-account review all go through here, so the thread's
// visible-comment count and the author's approved-post count stay right whoever moves it.
// Call inside a transaction: the row is locked first, so two moderators acting at once
// cannot both apply the same transition.
import 'server-only'
import type { Prisma } from '../generated/prisma/client'
import type { ContentStatus } from '../generated/prisma/enums'
import { commentAcceptsReplies } from '../comments/policies'
import { notifyAboutComment } from '../notifications/notify'

type Tx = Prisma.TransactionClient

export interface StatusChange {
  /** The status before the change; equal to `to` when nothing changed. */
  from: ContentStatus
  to: ContentStatus
  authorId: string | null
  /** For a comment, its thread. */
  postId: number
}

/** Whether a transition changes what the public sees (and so what counts). */
function counts(status: ContentStatus, deletedAt: Date | null): boolean {
  return status === 'VISIBLE' && deletedAt === null
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
  const before = counts(row.status, row.deletedAt)
  const after = counts(to, row.deletedAt)
  if (before !== after) {
    const tags = await tx.postTag.findMany({ where: { postId }, select: { tagId: true } })
    if (tags.length) {
      await tx.tag.updateMany({ where: { id: { in: tags.map((t) => t.tagId) } }, data: { postCount: { increment: after ? 1 : -1 } } })
    }
  }
  if (row.status === 'PENDING' && to === 'VISIBLE' && row.authorId) {
    await tx.user.update({ where: { id: row.authorId }, data: { approvedPostCount: { increment: 1 } } })
  }
  return change
}

/**
 * Moves a comment to `to`, adjusting its thread's `commentCount` (visible, undeleted comments)
 * and, when a PENDING comment is approved, the author's approved-post count.
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
  const before = counts(row.status, row.deletedAt)
  const after = counts(to, row.deletedAt)
  if (before !== after) {
    await tx.post.update({ where: { id: row.postId }, data: { commentCount: { increment: after ? 1 : -1 } } })
  }
  if (row.status === 'PENDING' && to === 'VISIBLE' && row.authorId) {
    await tx.user.update({ where: { id: row.authorId }, data: { approvedPostCount: { increment: 1 } } })
    await announceApprovedComment(tx, commentId, row.authorId, row.postId)
  }
  return change
}

/**
 * A reply held for review (new account with a link) notified nobody and left the thread's
 * activity alone when posted; on approval it does both, as if posted now. The caller may email
 * the notifications after its commit: emailCommentNotifications(commentId).
 */
async function announceApprovedComment(tx: Tx, commentId: number, authorId: string, postId: number): Promise<void> {
  const comment = await tx.comment.findUniqueOrThrow({
    where: { id: commentId },
    select: {
      body: true,
      deletedAt: true,
      parent: { select: { authorId: true, status: true, deletedAt: true } },
      post: { select: { authorId: true } },
    },
  })
  if (comment.deletedAt) return
  await tx.$executeRaw`UPDATE "Post" SET "lastActivityAt" = GREATEST("lastActivityAt", now()) WHERE id = ${postId}`
  // Held again after an edit (lib/comments/actions.ts): its readers were told the first time.
  if (await tx.notification.count({ where: { commentId } })) return
  await notifyAboutComment(tx, {
    id: commentId,
    postId,
    body: comment.body,
    authorId,
    // Nobody hears of an answer to a reply withdrawn while this one waited (deleted, hidden…).
    repliedToUserId: comment.parent ? (commentAcceptsReplies(comment.parent) ? comment.parent.authorId : null) : comment.post.authorId,
  })
}
