// The rules that turn members' reports into published figures, in one place: how many
// contributors a figure needs, how interventions are ranked. What counts as "helped" is
// lib/outcomes.ts (the summary table's SQL groups outcomes with its twin, outcome_group()).
import { wilsonInterval } from '../stats'

/** Fewer contributors than this: no figure, no drill-down, listed apart as "too few reports".
 * Protects small groups from being identifiable and keeps noise off the ranking. */
export const MIN_REPORTS = 5

/** The compare view puts two or three interventions side by side. */
export const MIN_COMPARE = 2
export const MAX_COMPARE = 3

/** Rows an insights page lists before "show all": the best-supported ones, by the ranking below.
 * Keeps the page light at any number of interventions; `?all=1` lists every one. */
export const TOP_SHOWN = 20

/** Counts for one condition × intervention pair, one contributor per member (their latest story). */
export interface PairCounts {
  contributors: number
  helped: number
  worse: number
  /** Contributors who said how long they tried it, and the median of those weeks. */
  weeksReports: number
  medianWeeks: number | null
  /** The same among contributors whose latest report was "helped": how long before it did. */
  helpedWeeksReports: number
  medianWeeksHelped: number | null
}

export interface Share {
  count: number
  share: number
  /** Wilson 95% interval of the share. */
  lower: number
  upper: number
}

export type Evidence =
  | {
      enough: true
      contributors: number
      helped: Share
      worse: Share
      /** Null when fewer than MIN_REPORTS contributors gave a duration. */
      medianWeeks: number | null
      medianWeeksHelped: number | null
    }
  | { enough: false }

export function hasEnoughReports(contributors: number): boolean {
  return contributors >= MIN_REPORTS
}

function share(count: number, contributors: number): Share {
  const interval = wilsonInterval(count, contributors)
  if (!interval) throw new RangeError('share of nobody')
  return { count, ...interval }
}

/** The published figures for a pair, or nothing at all when too few people contributed. Every
 * figure stands on at least MIN_REPORTS people: a median from three durations is hidden even
 * when the pair has fifty contributors. */
export function toEvidence(counts: PairCounts): Evidence {
  if (!hasEnoughReports(counts.contributors)) return { enough: false }
  return {
    enough: true,
    contributors: counts.contributors,
    helped: share(counts.helped, counts.contributors),
    worse: share(counts.worse, counts.contributors),
    medianWeeks: hasEnoughReports(counts.weeksReports) ? counts.medianWeeks : null,
    medianWeeksHelped: hasEnoughReports(counts.helpedWeeksReports) ? counts.medianWeeksHelped : null,
  }
}

export interface Ranked {
  name: string
  evidence: Evidence
}

/** Best first by the lower bound of the helped interval, so three lucky reports do not beat
 * three hundred; then by more contributors, then by name. Pairs without enough reports go last,
 * by name (the page lists them apart). */
export function compareByEvidence(a: Ranked, b: Ranked): number {
  const ea = a.evidence
  const eb = b.evidence
  if (ea.enough && eb.enough) {
    return eb.helped.lower - ea.helped.lower || eb.contributors - ea.contributors || a.name.localeCompare(b.name)
  }
  if (ea.enough !== eb.enough) return ea.enough ? -1 : 1
  return a.name.localeCompare(b.name)
}
