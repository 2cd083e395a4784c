'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { requireUser } from '../auth'
import { db } from '../db'
import { paths } from '../paths'
import { expectedFailureMessage } from '../stories/guard'
import { requireVisiblePost } from '../stories/queries'

const id = z.coerce.number().int().positive().max(2_147_483_647)
const followSchema = z.object({ postId: id, active: z.enum(['true', 'false']).transform((value) => value === 'true') })
const markReadSchema = z.object({ id: z.preprocess((value) => (value === '' ? undefined : value), id.optional()) })

export type FollowState = { message?: string; active?: boolean }

/** Follows or unfollows a thread: followers hear about every new reply. */
export async function setThreadFollow(_prev: FollowState, formData: FormData): Promise<FollowState> {
  try {
    const user = await requireUser()
    const parsed = followSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { message: 'Which thread?' }
    const { postId, active } = parsed.data
    await requireVisiblePost(user, postId)
    if (active) await db.threadSubscription.createMany({ data: [{ userId: user.id, postId }], skipDuplicates: true })
    else await db.threadSubscription.deleteMany({ where: { userId: user.id, postId } })
    revalidatePath('/t/[id]/[[...slug]]', 'page')
    return { active }
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message }
  }
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
