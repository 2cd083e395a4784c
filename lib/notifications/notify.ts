// Who hears about a new comment. Runs inside the comment's transaction, so a reply and its
// notifications are written together or not at all.
import 'server-only'
import type { Prisma } from '../generated/prisma/client'
import type { NotificationKind } from '../generated/prisma/enums'
import { canSeePost, isPublic } from '../visibility'
import { extractMentions } from './mentions'

type Tx = Prisma.TransactionClient

export interface NewComment {
  id: number
  postId: number
  body: string
  authorId: string
  /** Whose comment it answers, or for a top-level reply the story's author. */
  repliedToUserId: string | null
}

// A person gets one notification per comment, the most personal kind.
const PRIORITY: Record<'REPLY' | 'MENTION' | 'THREAD_REPLY', number> = { REPLY: 3, MENTION: 2, THREAD_REPLY: 1 }

export async function notifyAboutComment(tx: Tx, comment: NewComment): Promise<number> {
  const wanted = new Map<string, 'REPLY' | 'MENTION' | 'THREAD_REPLY'>()
  const offer = (userId: string, kind: 'REPLY' | 'MENTION' | 'THREAD_REPLY') => {
    if (userId === comment.authorId) return
    const current = wanted.get(userId)
    if (!current || PRIORITY[kind] > PRIORITY[current]) wanted.set(userId, kind)
  }

  if (comment.repliedToUserId) offer(comment.repliedToUserId, 'REPLY')
  const handles = extractMentions(comment.body)
  if (handles.length) {
    const mentioned = await tx.user.findMany({ where: { handleKey: { in: handles } }, select: { id: true } })
    for (const user of mentioned) offer(user.id, 'MENTION')
  }
  const followers = await tx.threadSubscription.findMany({ where: { postId: comment.postId }, select: { userId: true } })
  for (const follower of followers) offer(follower.userId, 'THREAD_REPLY')
  if (!wanted.size) return 0

  // Each member chooses which kinds they want (settings); banned accounts get nothing. Nobody
  // hears about a thread they cannot open (a story hidden or held since a reply was held for
  // review, then approved: lib/content-status.ts).
  const recipients = await tx.user.findMany({
    where: { id: { in: [...wanted.keys()] }, status: { not: 'BANNED' } },
    select: { id: true, handle: true, role: true, notifyReplies: true, notifyMentions: true, notifyFollowed: true },
  })
  const post = await tx.post.findUniqueOrThrow({ where: { id: comment.postId }, select: { status: true, visibility: true, authorId: true } })
  const rows: { userId: string; kind: NotificationKind; actorId: string; postId: number; commentId: number }[] = []
  for (const user of recipients) {
    if (!canSeePost(user, post)) continue
    const kind = wanted.get(user.id)!
    const allowed = kind === 'REPLY' ? user.notifyReplies : kind === 'MENTION' ? user.notifyMentions : user.notifyFollowed
    if (allowed) rows.push({ userId: user.id, kind, actorId: comment.authorId, postId: comment.postId, commentId: comment.id })
  }
  if (rows.length) await tx.notification.createMany({ data: rows })
  return rows.length
}

/**
 * A reply held for review (new account with a link) notified nobody and left the thread's
 * activity alone when posted; on approval it does both, as if posted now. The caller may email
 * the notifications after its commit: emailCommentNotifications(commentId).
 */
export async function announceApprovedComment(tx: Tx, commentId: number, authorId: string, postId: number): Promise<void> {
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
    repliedToUserId: comment.parent ? (isPublic(comment.parent) ? comment.parent.authorId : null) : comment.post.authorId,
  })
}
