'use server'
import { revalidatePath } from 'next/cache'
import { db } from '../db'
import { paths, routes } from '../paths'
import { setPostMark, type PostMarkResult } from '../post-marks'

/** Saves or unsaves a thread for later. Private to the member, so suspended members may too. */
export async function setBookmark(_prev: PostMarkResult, formData: FormData): Promise<PostMarkResult> {
  const result = await setPostMark(formData, 'Which story?', (userId, postId, active) =>
    active ? db.bookmark.createMany({ data: [{ userId, postId }], skipDuplicates: true }) : db.bookmark.deleteMany({ where: { userId, postId } }),
  )
  if (result.status === 'success') {
    revalidatePath(paths.bookmarks())
    revalidatePath(routes.thread, 'page')
  }
  return result
}
