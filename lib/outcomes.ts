// What "helped" means, once: the story list's outcome filter, its "tagIds" facts and the insights
// figures all group outcomes this way. SQL has the same groups in outcome_group() (migration
// outcome_group); tests/lib/outcomes.test.ts fails when the two disagree on any Outcome.
import type { Outcome } from './generated/prisma/enums'

/** "Helped" counts both "helped a lot" and "helped": the question people ask is whether it helped. */
export const OUTCOME_GROUPS = {
  helped: ['HELPED_A_LOT', 'HELPED'],
  'no-change': ['NO_CHANGE'],
  worse: ['WORSE'],
} as const satisfies Record<string, readonly Outcome[]>

export type OutcomeGroup = keyof typeof OUTCOME_GROUPS

/** The number SQL's outcome_group() returns for each group; "Post"."tagIds" stores it (decision 006). */
export const OUTCOME_GROUP_NUMBERS: Record<OutcomeGroup, number> = { helped: 1, 'no-change': 2, worse: 3 }

export function outcomeGroup(outcome: Outcome): OutcomeGroup {
  const group = (Object.keys(OUTCOME_GROUPS) as OutcomeGroup[]).find((g) => (OUTCOME_GROUPS[g] as readonly Outcome[]).includes(outcome))
  if (!group) throw new RangeError(`No outcome group for ${outcome}`)
  return group
}
