'use server'
import { revalidatePath } from 'next/cache'
import { requireParticipant } from '../auth'
import { formFailure } from '../form-failure'
import { failed, succeeded, type FormResult } from '../forms'
import { routes } from '../paths'
import { consume } from '../rate-limit'
import { setCommentReaction, setPostReaction, type ReactionResult } from './apply'
import { REACTIONS_PER_MINUTE } from './policies'
import { reactionSchema } from './schemas'

const REACTION_LIMIT = { name: 'reactions', points: REACTIONS_PER_MINUTE, durationSeconds: 60 }

/** Success carries the reaction's new state and count. */
export type ReactionFormResult = FormResult<ReactionResult>

/** Sets "helpful" or "me too" on a story or a comment to the state the button asked for. */
export async function setReaction(_prev: ReactionFormResult, formData: FormData): Promise<ReactionFormResult> {
  let result: ReactionResult
  try {
    const user = await requireParticipant()
    const parsed = reactionSchema.safeParse(Object.fromEntries(formData))
    if (!parsed.success) return failed('That reaction is not valid.')
    if (!(await consume(REACTION_LIMIT, user.id)).allowed) return failed('Too many reactions at once: wait a minute.')
    const { target, id, kind, active } = parsed.data
    result = target === 'post' ? await setPostReaction(user, id, kind, active) : await setCommentReaction(user, id, kind, active)
  } catch (error) {
    return formFailure(error)
  }
  revalidatePath(routes.thread, 'page')
  return succeeded(undefined, result)
}
