// A member's own on/off mark on a thread they can read: a bookmark, a follow. Shared by those
// server actions so each keeps only what it writes: sign-in, validation and the visibility
// check (no marking a thread you cannot see by guessing its id) live here, once.
import 'server-only'
import { z } from 'zod'
import { requireUser } from '../auth'
import { expectedFailureMessage } from './guard'
import { requireVisiblePost } from './queries'

export type PostMarkState = { message?: string; active?: boolean }

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
): Promise<PostMarkState> {
  try {
    const user = await requireUser()
    const parsed = postMarkSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { message: missing }
    const { postId, active } = parsed.data
    await requireVisiblePost(user, postId)
    await write(user.id, postId, active)
    return { active }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message }
  }
}
