// Where each figure leads: the story list filtered to the stories behind it. The one place that
// knows the story list's filter parameters, so a change there is a change here only.
import { filterSearchParams } from '../discovery/url'
import { paths } from '../paths'
import type { Evidence } from './policies'

export type OutcomeLink = 'any' | 'helped' | 'worse'

/** Which members a figure counts: everyone, or those who reported it as their only change. */
export type Scope = 'all' | 'only-change'

/** Stories tagged with the condition and the intervention, optionally with that newest outcome,
 * optionally only those where the intervention was the only change reported. */
export function storiesBehind(condition: string, intervention: string, outcome: OutcomeLink = 'any', scope: Scope = 'all'): string {
  return paths.storiesFiltered(filterSearchParams({ tag: [condition, intervention], outcome, onlyChange: scope === 'only-change' }))
}

export interface FigureLinks {
  /** Everyone the figure counts. */
  all: string
  helped: string
  worse: string
}

/** The drill-downs of one pair's figures, or null when the figures are withheld: fewer than
 * MIN_REPORTS contributors get no figure and no link to the stories behind it. */
export function figureLinks(evidence: Evidence, condition: string, intervention: string, scope: Scope = 'all'): FigureLinks | null {
  if (!evidence.enough) return null
  return {
    all: storiesBehind(condition, intervention, 'any', scope),
    helped: storiesBehind(condition, intervention, 'helped', scope),
    worse: storiesBehind(condition, intervention, 'worse', scope),
  }
}

/** An insights page with every row, not only the first TOP_SHOWN. */
export function showingAll(path: string): string {
  return `${path}?all=1`
}
