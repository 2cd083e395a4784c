'use server'
import { revalidatePath } from 'next/cache'
import { db } from '../db'
import { paths } from '../paths'
import { setPostMark, type PostMarkState } from '../stories/post-marks'

export type BookmarkState = PostMarkState

/** Saves or unsaves a thread for later. Private to the member, so suspended members may too. */
export async function setBookmark(_prev: BookmarkState, formData: FormData): Promise<BookmarkState> {
  const state = await setPostMark(formData, 'Which story?', (userId, postId, active) =>
    active ? db.bookmark.createMany({ data: [{ userId, postId }], skipDuplicates: true }) : db.bookmark.deleteMany({ where: { userId, postId } }),
  )
  if (state.active !== undefined) {
    revalidatePath(paths.bookmarks())
    revalidatePath('/t/[id]/[[...slug]]', 'page')
  }
  return state
}
