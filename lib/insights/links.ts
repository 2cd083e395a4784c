// Where each figure leads: the story list filtered to the stories behind it. The one place that
// knows the story list's filter parameters, so a change there is a change here only.
import { filterSearchParams } from '../discovery/url'
import { paths } from '../paths'

export type OutcomeLink = 'any' | 'helped' | 'worse'

/** Stories tagged with the condition and the intervention, optionally with that newest outcome. */
export function storiesBehind(condition: string, intervention: string, outcome: OutcomeLink = 'any'): string {
  return paths.storiesFiltered(filterSearchParams({ tag: [condition, intervention], outcome }))
}
