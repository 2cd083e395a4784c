// What a moderator's APPROVE does to a held reply (lib/moderation/actions.ts): the status change
// with its counters, then the announcement, in one transaction.
import { setCommentStatus } from '@/lib/content-status'
import { db } from '@/lib/db'
import { announceApprovedComment } from '@/lib/notifications/notify'

export async function approveHeldComment(commentId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const change = await setCommentStatus(tx, commentId, 'VISIBLE')
    if (change?.from === 'PENDING' && change.authorId) await announceApprovedComment(tx, commentId, change.authorId, change.postId)
  })
}
