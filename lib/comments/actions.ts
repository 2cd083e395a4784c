'use server'
// Comment mutations: (prevState, formData) → guard → validate → one transaction → revalidate.
// Posting a reply lives in ./service.ts, shared with POST /api/stories/[id]/comments.
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { ForbiddenError, NotFoundError } from '../api/errors'
import { requireParticipant } from '../auth'
import { db } from '../db'
import { bannedTermErrors } from '../defences/banned-terms'
import { HELD_FOR_REVIEW_MESSAGE, containsLink, isNewAccount } from '../defences/new-account'
import { setCommentStatus } from '../moderation/content-status'
import { expectedFailureMessage } from '../stories/guard'
import { formValues, toFieldErrors, type FormState } from '../stories/schemas'
import { canDeleteComment, canEditComment } from './policies'
import { deleteCommentSchema, editCommentSchema } from './schemas'
import { THREAD_ROUTE, ThreadClosedError, postComment } from './service'

export type CommentFormState = FormState & { commentId?: number }

export async function createComment(_prev: CommentFormState, formData: FormData): Promise<CommentFormState> {
  const values = formValues(formData)
  let posted: Awaited<ReturnType<typeof postComment>>
  try {
    const user = await requireParticipant()
    posted = await postComment(user, values)
  } catch (error) {
    if (error instanceof z.ZodError) {
      const fieldErrors = toFieldErrors(error)
      // The form shows the body's error under the text; any other (the comment answered) is the message.
      return { message: fieldErrors.body ? 'Please check your reply.' : Object.values(fieldErrors)[0], fieldErrors, values }
    }
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message, values }
  }
  if (posted.status === 'PENDING') return { ok: true, message: HELD_FOR_REVIEW_MESSAGE, commentId: posted.id }
  return { ok: true, message: 'Reply posted.', commentId: posted.id }
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
  let held = false
  try {
    const user = await requireParticipant()
    const parsed = editCommentSchema.safeParse(values)
    if (!parsed.success) return { message: 'Please check your reply.', fieldErrors: toFieldErrors(parsed.error), values }
    const comment = await loadComment(parsed.data.commentId)
    if (comment.post.locked) throw new ThreadClosedError()
    if (!canEditComment(user, comment, comment.post)) throw new ForbiddenError('Only the author can edit this comment.')
    if (comment.body !== parsed.data.body) {
      const blocked = await bannedTermErrors({ body: parsed.data.body })
      if (blocked) return { message: 'Please check your reply.', fieldErrors: blocked, values }
      const account = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true, approvedPostCount: true } })
      // A new account cannot slip a link in by editing a reply that went up without one.
      held = comment.status === 'VISIBLE' && isNewAccount(account) && containsLink(parsed.data.body)
      await db.$transaction(async (tx) => {
        await tx.revision.create({ data: { targetType: 'COMMENT', commentId: comment.id, editorId: user.id, body: comment.body } })
        const updated = await tx.comment.updateMany({
          where: { id: comment.id, authorId: user.id, deletedAt: null },
          data: { body: parsed.data.body, editedAt: new Date() },
        })
        if (updated.count !== 1) throw new ForbiddenError('This comment can no longer be edited.')
        if (held) await setCommentStatus(tx, comment.id, 'PENDING')
      })
    }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message, values }
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return { ok: true, message: held ? `Saved. ${HELD_FOR_REVIEW_MESSAGE}` : 'Saved.' }
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
