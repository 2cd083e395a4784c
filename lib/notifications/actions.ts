'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireUser } from '../auth'
import { db } from '../db'
import { formFailure } from '../form-failure'
import { failed, succeeded, type FormResult } from '../forms'
import { paths, routes } from '../paths'
import { setPostMark, type PostMarkResult } from '../post-marks'

const id = z.coerce.number().int().positive().max(2_147_483_647)
const markReadSchema = z.object({ id: z.preprocess((value) => (value === '' ? undefined : value), id.optional()) })

/** Follows or unfollows a thread: followers hear about every new reply. */
export async function setThreadFollow(_prev: PostMarkResult, formData: FormData): Promise<PostMarkResult> {
  const result = await setPostMark(formData, 'Which thread?', (userId, postId, active) =>
    active
      ? db.threadSubscription.createMany({ data: [{ userId, postId }], skipDuplicates: true })
      : db.threadSubscription.deleteMany({ where: { userId, postId } }),
  )
  if (result.status === 'success') revalidatePath(routes.thread, 'page')
  return result
}

/** Success carries how many notifications were marked. */
export type MarkReadResult = FormResult<{ marked: number }>

/** Marks one notification (with `id`) or all of them read; only the member's own. */
export async function markNotificationsRead(_prev: MarkReadResult, formData: FormData): Promise<MarkReadResult> {
  try {
    const user = await requireUser()
    const parsed = markReadSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return failed('Which notification?')
    const { count } = await db.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}) },
      data: { readAt: new Date() },
    })
    revalidatePath(paths.notifications())
    return succeeded(undefined, { marked: count })
  } catch (error) {
    return formFailure(error)
  }
}
