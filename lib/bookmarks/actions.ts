'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { NotFoundError } from '../api/errors'
import { requireUser } from '../auth'
import { db } from '../db'
import { paths } from '../paths'
import { expectedFailureMessage } from '../stories/guard'
import { canSeePost } from '../stories/policies'

const bookmarkSchema = z.object({
  postId: z.coerce.number().int().positive().max(2_147_483_647),
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
})

export type BookmarkState = { message?: string; active?: boolean }

/** Saves or unsaves a thread for later. Private to the member, so suspended members may too. */
export async function setBookmark(_prev: BookmarkState, formData: FormData): Promise<BookmarkState> {
  try {
    const user = await requireUser()
    const parsed = bookmarkSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { message: 'Which story?' }
    const { postId, active } = parsed.data
    const post = await db.post.findUnique({ where: { id: postId }, select: { status: true, visibility: true, authorId: true } })
    if (!post || !canSeePost(user, post)) throw new NotFoundError('That story does not exist.')
    if (active) await db.bookmark.createMany({ data: [{ userId: user.id, postId }], skipDuplicates: true })
    else await db.bookmark.deleteMany({ where: { userId: user.id, postId } })
    revalidatePath(paths.bookmarks())
    revalidatePath('/t/[id]/[[...slug]]', 'page')
    return { active }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message }
  }
}
