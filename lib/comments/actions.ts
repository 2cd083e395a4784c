'use server'
// Comment mutations: (prevState, formData) → guard → validate → one transaction → revalidate.
// Posting a reply lives in ./service.ts, shared with POST /api/stories/[id]/comments.
import { revalidatePath } from 'next/cache'
import { ForbiddenError, NotFoundError } from '../api/errors'
import { requireParticipant } from '../auth'
import { db } from '../db'
import { bannedTermErrors } from '../defences/banned-terms'
import { HELD_FOR_REVIEW_MESSAGE, containsLink, isNewAccount } from '../defences/new-account'
import { setCommentStatus } from '../content-status'
import { formFailure, type FailureWording } from '../form-failure'
import { failed, invalid, succeeded, typedValues, type FormResult } from '../forms'
import { canDeleteComment, canEditComment } from './policies'
import { deleteCommentSchema, editCommentSchema } from './schemas'
import { THREAD_ROUTE, ThreadClosedError, postComment } from './service'

const CHECK_REPLY = 'Please check your reply.'

/** The form shows the body's error under the text; any other (the comment answered) is the message. */
const replyWording: FailureWording = {
  invalid: (fields) => (fields.body ? CHECK_REPLY : (Object.values(fields)[0]?.[0] ?? CHECK_REPLY)),
}

export type CommentResult = FormResult<{ commentId: number }>

export async function createComment(_prev: CommentResult, formData: FormData): Promise<CommentResult> {
  let posted: Awaited<ReturnType<typeof postComment>>
  try {
    const user = await requireParticipant()
    posted = await postComment(user, typedValues(formData))
  } catch (error) {
    return formFailure(error, formData, replyWording)
  }
  return succeeded(posted.status === 'PENDING' ? HELD_FOR_REVIEW_MESSAGE : 'Reply posted.', { commentId: posted.id })
}

async function loadComment(commentId: number) {
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: { id: true, postId: true, body: true, status: true, authorId: true, deletedAt: true, post: { select: { status: true, locked: true } } },
  })
  if (!comment) throw new NotFoundError('That comment does not exist.')
  return comment
}

export async function editComment(_prev: CommentResult, formData: FormData): Promise<CommentResult> {
  let held = false
  try {
    const user = await requireParticipant()
    const parsed = editCommentSchema.safeParse(typedValues(formData))
    if (!parsed.success) return invalid(parsed.error, formData, CHECK_REPLY)
    const comment = await loadComment(parsed.data.commentId)
    if (comment.post.locked) throw new ThreadClosedError()
    if (!canEditComment(user, comment, comment.post)) throw new ForbiddenError('Only the author can edit this comment.')
    if (comment.body !== parsed.data.body) {
      const blocked = await bannedTermErrors({ body: parsed.data.body })
      if (blocked) return failed(CHECK_REPLY, formData, blocked)
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
    return formFailure(error, formData)
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return succeeded(held ? `Saved. ${HELD_FOR_REVIEW_MESSAGE}` : 'Saved.')
}

export async function deleteComment(_prev: CommentResult, formData: FormData): Promise<CommentResult> {
  try {
    const user = await requireParticipant()
    const parsed = deleteCommentSchema.safeParse(typedValues(formData))
    if (!parsed.success) return invalid(parsed.error, formData, 'Which comment?')
    const comment = await loadComment(parsed.data.commentId)
    // Its author asking twice (a second tab, a double submit) hears what happened, not "only the author".
    if (comment.deletedAt !== null && comment.authorId === user.id) throw new ForbiddenError('This comment was already deleted.')
    if (!canDeleteComment(user, comment)) throw new ForbiddenError('Only the author can delete this comment.')
    await db.$transaction(async (tx) => {
      const deleted = await tx.comment.updateMany({ where: { id: comment.id, authorId: user.id, deletedAt: null }, data: { deletedAt: new Date() } })
      if (deleted.count !== 1) throw new ForbiddenError('This comment was already deleted.')
      // The thread's count covers visible, undeleted comments; replies under it stay.
      if (comment.status === 'VISIBLE') await tx.post.update({ where: { id: comment.postId }, data: { commentCount: { decrement: 1 } } })
    })
  } catch (error) {
    return formFailure(error, formData)
  }
  revalidatePath(THREAD_ROUTE, 'page')
  return succeeded('Deleted.')
}
