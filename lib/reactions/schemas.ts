import { z } from 'zod'
import { REACTION_KINDS } from './policies'

export const reactionSchema = z.object({
  target: z.enum(['post', 'comment']),
  id: z.coerce.number().int().positive().max(2_147_483_647),
  kind: z.enum(REACTION_KINDS),
  /** The state wanted, not a blind toggle: a double click cannot undo itself. */
  active: z.enum(['true', 'false']).transform((value) => value === 'true'),
})
export type ReactionInput = z.infer<typeof reactionSchema>
