// A member's own on/off mark on a thread they can read: a bookmark, a follow. Shared by those
// server actions so each keeps only what it writes: sign-in, validation and the visibility
// check (no marking a thread you cannot see by guessing its id) live here, once.
import 'server-only'
import { z } from 'zod'
import { NotFoundError } from './api/errors'
import { requireUser } from './auth'
import { formFailure } from './form-failure'
import { failed, succeeded, type FormResult } from './forms'
import { db } from './db'
import { canSeePost } from './visibility'

/** Success carries the mark's new state. */
export type PostMarkResult = FormResult<{ active: boolean }>

const postMarkSchema = z.object({
  postId: z.coerce.number().int().positive().max(2_147_483_647),
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
})

/**
 * Reads `postId` and `active` from the form, then sets (`active`) or clears the signed-in member's
 * mark with `write`. Open to suspended members too: a mark is private and posts nothing.
 */
export async function setPostMark(
  formData: FormData,
  missing: string,
  write: (userId: string, postId: number, active: boolean) => Promise<unknown>,
): Promise<PostMarkResult> {
  try {
    const user = await requireUser()
    const parsed = postMarkSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return failed(missing)
    const { postId, active } = parsed.data
    const post = await db.post.findUnique({ where: { id: postId }, select: { status: true, visibility: true, authorId: true } })
    if (!post || !canSeePost(user, post)) throw new NotFoundError('That thread does not exist.')
    await write(user.id, postId, active)
    return succeeded(undefined, { active })
  } catch (error) {
    return formFailure(error)
  }
}
