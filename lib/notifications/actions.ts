'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireUser } from '../auth'
import { db } from '../db'
import { paths } from '../paths'
import { expectedFailureMessage } from '../stories/guard'
import { setPostMark, type PostMarkState } from '../stories/post-marks'

const id = z.coerce.number().int().positive().max(2_147_483_647)
const markReadSchema = z.object({ id: z.preprocess((value) => (value === '' ? undefined : value), id.optional()) })

export type FollowState = PostMarkState

/** Follows or unfollows a thread: followers hear about every new reply. */
export async function setThreadFollow(_prev: FollowState, formData: FormData): Promise<FollowState> {
  const state = await setPostMark(formData, 'Which thread?', (userId, postId, active) =>
    active
      ? db.threadSubscription.createMany({ data: [{ userId, postId }], skipDuplicates: true })
      : db.threadSubscription.deleteMany({ where: { userId, postId } }),
  )
  if (state.active !== undefined) revalidatePath('/t/[id]/[[...slug]]', 'page')
  return state
}

export type MarkReadState = { message?: string; marked?: number }

/** Marks one notification (with `id`) or all of them read; only the member's own. */
export async function markNotificationsRead(_prev: MarkReadState, formData: FormData): Promise<MarkReadState> {
  try {
    const user = await requireUser()
    const parsed = markReadSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { message: 'Which notification?' }
    const { count } = await db.notification.updateMany({
      where: { userId: user.id, readAt: null, ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}) },
      data: { readAt: new Date() },
    })
    revalidatePath(paths.notifications())
    return { marked: count }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message }
  }
}
