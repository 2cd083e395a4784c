// Words for the filter choices, one place for the filter bar, the tag page and the feeds.
import type { OutcomeFilter, PostKindFilter, StorySort, TimeWindow } from './schemas'

export const SORT_LABELS: Record<StorySort, string> = { new: 'Newest', active: 'Recently active', top: 'Most helpful' }
export const WINDOW_LABELS: Record<TimeWindow, string> = {
  all: 'All time',
  day: 'Past day',
  week: 'Past week',
  month: 'Past month',
  year: 'Past year',
}
export const KIND_LABELS: Record<PostKindFilter, string> = {
  all: 'Stories and discussions',
  story: 'Stories',
  discussion: 'Discussions',
  question: 'The article’s questions',
}
export const OUTCOME_FILTER_LABELS: Record<OutcomeFilter, string> = {
  any: 'Any outcome',
  helped: 'Helped',
  'no-change': 'No change',
  worse: 'Made it worse',
}
