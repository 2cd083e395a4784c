// Posting a reply: the one implementation behind the reply form's server action and
// POST /api/stories/[id]/comments. Failures are thrown as the typed errors of lib/api/errors
// (not found, forbidden, rate-limited, invalid input as a ZodError, a refused field such as a
// blocked word or a duplicate as InvalidFieldsError), so the action turns them into its form
// answer (lib/form-failure.ts) and the route into its status codes (handleApiError).
//
// A new comment takes the post's next sequence number with UPDATE … RETURNING, so numbering,
// counters, last activity and the locked check happen atomically in the transaction that
// inserts it. A new account's reply with a link is stored PENDING: it is numbered, but not
// counted, does not bump the thread's activity and notifies nobody until a moderator approves
// it (lib/content-status.ts does the counting and notifying then).
import 'server-only'
import { revalidatePath } from 'next/cache'
import { ForbiddenError, InvalidFieldsError, NotFoundError } from '../api/errors'
import type { SessionUser } from '../auth'
import { db } from '../db'
import { bannedTermErrors } from '../defences/banned-terms'
import { duplicateBodyError } from '../defences/duplicate'
import { initialContentStatus } from '../defences/new-account'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus } from '../generated/prisma/enums'
import { emailCommentNotifications } from '../notifications/email'
import { notifyAboutComment } from '../notifications/notify'
import { paths, routes } from '../paths'
import { enforce } from '../rate-limit'
import { isModerator } from '../roles'
import { canReadFullPost } from '../visibility'
import { publicWhere } from '../visibility-sql'
import { MAX_COMMENT_DEPTH, PARENT_CLOSED_MESSAGE, commentAcceptsReplies, commentRateLimit, threadAcceptsReplies } from './policies'
import { createCommentSchema } from './schemas'
import { childPath } from './tree'

export const THREAD_ROUTE = routes.thread
export const LOCKED_MESSAGE = 'This thread is locked: it accepts no new replies.'

export class ThreadClosedError extends ForbiddenError {
  constructor() {
    super(LOCKED_MESSAGE)
  }
}

export interface PostedComment {
  id: number
  status: ContentStatus
  /** The comment's permalink within its thread. */
  url: string
}

/**
 * Posts a reply as `user` (a participant: the caller checked with requireParticipant).
 * `input` is { postId, body, parentId? } as typed; it is validated here.
 */
export async function postComment(user: SessionUser, input: unknown): Promise<PostedComment> {
  const { postId, parentId, body } = createCommentSchema.parse(input)
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, status: true, visibility: true, locked: true, authorId: true },
  })
  if (!post || !canReadFullPost(user, post)) throw new NotFoundError('That thread does not exist.')
  if (!threadAcceptsReplies(post)) throw new ThreadClosedError()
  const parent = parentId
    ? await db.comment.findFirst({
        where: { id: parentId, postId: post.id },
        select: { id: true, path: true, depth: true, authorId: true, status: true, deletedAt: true },
      })
    : null
  // A reply awaiting review exists only for its author and the moderators.
  if (parentId && (!parent || (parent.status === 'PENDING' && parent.authorId !== user.id && !isModerator(user)))) {
    throw InvalidFieldsError.field('parentId', 'The comment you answer is not in this thread.')
  }
  if (parent && !commentAcceptsReplies(parent)) throw InvalidFieldsError.field('parentId', PARENT_CLOSED_MESSAGE)
  if (parent && parent.depth + 1 > MAX_COMMENT_DEPTH) {
    throw InvalidFieldsError.field('parentId', 'This conversation is as deep as it goes: reply further up.')
  }
  const [blocked, duplicate, account] = await Promise.all([
    bannedTermErrors({ body }),
    duplicateBodyError(user.id, body),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true, approvedPostCount: true } }),
  ])
  if (blocked) throw InvalidFieldsError.field('body', blocked.body!)
  if (duplicate) throw InvalidFieldsError.field('body', duplicate)
  const limit = commentRateLimit(account)
  await enforce(limit, user.id, `You have posted ${limit.points} replies in the last hour.`)
  const now = new Date()
  const status = initialContentStatus(account, [body], now)
  const visible = status === 'VISIBLE'

  const commentId = await db.$transaction(async (tx) => {
    const counters = visible ? Prisma.sql`, "commentCount" = "commentCount" + 1, "lastActivityAt" = ${now}` : Prisma.empty
    const numbered = await tx.$queryRaw<{ commentSeq: number }[]>`
      UPDATE "Post"
      SET "commentSeq" = "commentSeq" + 1 ${counters}
      WHERE id = ${post.id} AND locked = false AND status = 'VISIBLE'
      RETURNING "commentSeq"`
    // Locked (or hidden) between the check above and now.
    if (!numbered[0]) throw new ThreadClosedError()
    const comment = await tx.comment.create({
      data: {
        postId: post.id,
        authorId: user.id,
        parentId: parent?.id,
        depth: parent ? parent.depth + 1 : 0,
        path: childPath(parent?.path ?? null, numbered[0].commentSeq),
        body,
        status,
        createdAt: now,
      },
      select: { id: true },
    })
    if (parent) {
      // The same rule again, on the row itself: a moderator may have hidden the parent (or its
      // author deleted it) since the check above, and then its author must hear nothing.
      const counted = await tx.comment.updateMany({
        where: { id: parent.id, ...publicWhere },
        data: { replyCount: { increment: 1 } },
      })
      if (counted.count !== 1) throw InvalidFieldsError.field('parentId', PARENT_CLOSED_MESSAGE)
    }
    if (visible) {
      // Only posts the public sees count towards an account's standing (new-account rules).
      await tx.user.update({ where: { id: user.id }, data: { approvedPostCount: { increment: 1 } } })
      await notifyAboutComment(tx, { id: comment.id, postId: post.id, body, authorId: user.id, repliedToUserId: parent ? parent.authorId : post.authorId })
    }
    return comment.id
  })
  if (visible) {
    // After the commit, and without holding up the reply: a slow mail server must not.
    void emailCommentNotifications(commentId).catch((error: unknown) => console.error('[mail] notification email failed:', error))
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return { id: commentId, status, url: paths.comment(post.id, commentId) }
}
