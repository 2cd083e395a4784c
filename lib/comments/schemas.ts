// Comment schemas, shared by the reply forms in the browser and the server actions.
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import { COMMENT_MAX_LENGTH } from './policies'

const id = z.coerce.number().int().positive().max(2_147_483_647)

const body = storableString()
  .trim()
  .min(1, 'Write something first')
  .max(COMMENT_MAX_LENGTH, `A reply can be at most ${COMMENT_MAX_LENGTH} characters`)

export const createCommentSchema = z.object({
  postId: id,
  parentId: z.preprocess((value) => (value === '' || value === null ? undefined : value), id.optional()),
  body,
})
export type CreateCommentInput = z.infer<typeof createCommentSchema>

export const editCommentSchema = z.object({ commentId: id, body })
export const deleteCommentSchema = z.object({ commentId: id })
