'use server'
// Comment mutations. A new comment takes the post's next sequence number with UPDATE …
// RETURNING, so numbering, counters, last activity and the locked check happen atomically in
// the transaction that inserts it.
import { revalidatePath } from 'next/cache'
import { ForbiddenError, NotFoundError } from '../api/errors'
import { requireParticipant } from '../auth'
import { db } from '../db'
import { emailCommentNotifications } from '../notifications/email'
import { notifyAboutComment } from '../notifications/notify'
import { enforce } from '../rate-limit'
import { expectedFailureMessage } from '../stories/guard'
import { canReadFullPost } from '../stories/policies'
import { formValues, toFieldErrors, type FormState } from '../stories/schemas'
import { MAX_COMMENT_DEPTH, canDeleteComment, canEditComment, commentRateLimit, threadAcceptsReplies } from './policies'
import { createCommentSchema, deleteCommentSchema, editCommentSchema } from './schemas'
import { childPath } from './tree'

const THREAD_ROUTE = '/t/[id]/[[...slug]]'
export type CommentFormState = FormState & { commentId?: number }

const LOCKED_MESSAGE = 'This thread is locked: it accepts no new replies.'

class ThreadClosedError extends ForbiddenError {
  constructor() {
    super(LOCKED_MESSAGE)
  }
}

export async function createComment(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData)
  let commentId: number
  try {
    const user = await requireParticipant()
    const parsed = createCommentSchema.safeParse(values)
    if (!parsed.success) return { message: 'Please check your reply.', fieldErrors: toFieldErrors(parsed.error), values }
    const input = parsed.data
    const post = await db.post.findUnique({
      where: { id: input.postId },
      select: { id: true, status: true, visibility: true, locked: true, authorId: true },
    })
    if (!post || !canReadFullPost(user, post)) throw new NotFoundError('That thread does not exist.')
    if (!threadAcceptsReplies(post)) throw new ThreadClosedError()
    const parent = input.parentId
      ? await db.comment.findFirst({ where: { id: input.parentId, postId: post.id }, select: { id: true, path: true, depth: true, authorId: true } })
      : null
    if (input.parentId && !parent) return { message: 'The comment you answer is not in this thread.', fieldErrors: { parentId: 'Not in this thread' }, values }
    if (parent && parent.depth + 1 > MAX_COMMENT_DEPTH) {
      return { message: 'This conversation is as deep as it goes: reply further up.', fieldErrors: { parentId: 'Too deep' }, values }
    }
    const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true } })
    const limit = commentRateLimit(account)
    await enforce(limit, user.id, `You have posted ${limit.points} replies in the last hour.`)

    commentId = await db.$transaction(async (tx) => {
      const now = new Date()
      const numbered = await tx.$queryRaw<{ commentSeq: number }[]>`
        UPDATE "Post"
        SET "commentSeq" = "commentSeq" + 1, "commentCount" = "commentCount" + 1, "lastActivityAt" = ${now}
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
          body: input.body,
          createdAt: now,
        },
        select: { id: true },
      })
      if (parent) await tx.comment.update({ where: { id: parent.id }, data: { replyCount: { increment: 1 } } })
      await tx.user.update({ where: { id: user.id }, data: { approvedPostCount: { increment: 1 } } })
      await notifyAboutComment(tx, {
        id: comment.id,
        postId: post.id,
        body: input.body,
        authorId: user.id,
        repliedToUserId: parent ? parent.authorId : post.authorId,
      })
      return comment.id
    })
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message, values }
  }
  // After the commit, and without holding up the reply: a slow mail server must not.
  void emailCommentNotifications(commentId).catch((error: unknown) => console.error('[mail] notification email failed:', error))
  revalidatePath(THREAD_ROUTE, 'page')
  return { ok: true, message: 'Reply posted.', commentId }
}

async function loadComment(commentId: number) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, body: true, status: true, authorId: true, deletedAt: true, post: { select: { status: true, locked: true } } },
  })
  if (!comment) throw new NotFoundError('That comment does not exist.')
  return comment
}

export async function editComment(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData)
  try {
    const user = await requireParticipant()
    const parsed = editCommentSchema.safeParse(values)
    if (!parsed.success) return { message: 'Please check your reply.', fieldErrors: toFieldErrors(parsed.error), values }
    const comment = await loadComment(parsed.data.commentId)
    if (comment.post.locked) throw new ThreadClosedError()
    if (!canEditComment(user, comment, comment.post)) throw new ForbiddenError('Only the author can edit this comment.')
    if (comment.body !== parsed.data.body) {
      await db.$transaction(async (tx) => {
        await tx.revision.create({ data: { targetType: 'COMMENT', commentId: comment.id, editorId: user.id, body: comment.body } })
        const updated = await tx.comment.updateMany({
          where: { id: comment.id, authorId: user.id, deletedAt: null },
          data: { body: parsed.data.body, editedAt: new Date() },
        })
        if (updated.count !== 1) throw new ForbiddenError('This comment can no longer be edited.')
      })
    }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message, values }
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return { ok: true, message: 'Saved.' }
}

export async function deleteComment(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData)
  try {
    const user = await requireParticipant()
    const parsed = deleteCommentSchema.safeParse(values)
    if (!parsed.success) return { message: 'Which comment?', fieldErrors: toFieldErrors(parsed.error), values }
    const comment = await loadComment(parsed.data.commentId)
    if (!canDeleteComment(user, comment)) throw new ForbiddenError('Only the author can delete this comment.')
    await db.$transaction(async (tx) => {
      const deleted = await tx.comment.updateMany({ where: { id: comment.id, authorId: user.id, deletedAt: null }, data: { deletedAt: new Date() } })
      if (deleted.count !== 1) throw new ForbiddenError('This comment was already deleted.')
      // The thread's count covers visible, undeleted comments; replies under it stay.
      if (comment.status === 'VISIBLE') await tx.post.update({ where: { id: comment.postId }, data: { commentCount: { decrement: 1 } } })
    })
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message, values }
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return { ok: true, message: 'Deleted.' }
}
