'use server'
import { revalidatePath } from 'next/cache'
import { requireParticipant } from '../auth'
import { consume } from '../rate-limit'
import { expectedFailureMessage } from '../stories/guard'
import { setCommentReaction, setPostReaction, type ReactionResult } from './apply'
import { REACTIONS_PER_MINUTE } from './policies'
import { reactionSchema } from './schemas'

const REACTION_LIMIT = { name: 'reactions', points: REACTIONS_PER_MINUTE, durationSeconds: 60 }

export type ReactionState = { message?: string; result?: ReactionResult }

/** Sets "helpful" or "me too" on a story or a comment to the state the button asked for. */
export async function setReaction(_prev: ReactionState, formData: FormData): Promise<ReactionState> {
  let result: ReactionResult
  try {
    const user = await requireParticipant()
    const parsed = reactionSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return { message: 'That reaction is not valid.' }
    if (!(await consume(REACTION_LIMIT, user.id)).allowed) return { message: 'Too many reactions at once: wait a minute.' }
    const { target, id, kind, active } = parsed.data
    result = target === 'post' ? await setPostReaction(user, id, kind, active) : await setCommentReaction(user, id, kind, active)
  } catch (error) {
    const message = expectedFailureMessage(error)
    if (!message) throw error
    return { message }
  }
  revalidatePath('/t/[id]/[[...slug]]', 'page')
  return { result }
}
