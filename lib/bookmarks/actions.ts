'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireUser } from '../auth'
import { db } from '../db'
import { paths } from '../paths'
import { expectedFailureMessage } from '../stories/guard'
import { requireVisiblePost } from '../stories/queries'

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
    await requireVisiblePost(user, postId)
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
