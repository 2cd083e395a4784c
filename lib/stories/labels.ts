// Words shown for enum values, one place for the whole UI.
import type { Outcome, SkinNow } from '../generated/prisma/enums'

export const OUTCOME_LABELS: Record<Outcome, string> = {
  HELPED_A_LOT: 'helped a lot',
  HELPED: 'helped',
  NO_CHANGE: 'no change',
  WORSE: 'made it worse',
}

export const SKIN_NOW_LABELS: Record<SkinNow, string> = {
  BETTER: 'Skin now: better',
  SAME: 'Skin now: about the same',
  WORSE: 'Skin now: worse',
}

/** Choices for "how my skin is now", in the order forms offer them. */
export const SKIN_NOW_CHOICES: [SkinNow, string][] = [
  ['BETTER', 'Better'],
  ['SAME', 'About the same'],
  ['WORSE', 'Worse'],
]
