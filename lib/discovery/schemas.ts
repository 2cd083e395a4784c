// The story-list filter: one zod schema shared by the pages (lenient: a bad value falls back to
// its default) and the JSON API (strict: a bad value is a 422 with a field message).
import { z } from 'zod'
import { isStorableText, storableString } from '../http/storable-text'
import { decodeCursor, type ListCursor } from './cursor'

export const STORY_SORTS = ['new', 'active', 'top'] as const
export const TIME_WINDOWS = ['all', 'day', 'week', 'month', 'year'] as const
export const POST_KINDS = ['story', 'discussion', 'question', 'all'] as const
export const OUTCOME_FILTERS = ['any', 'helped', 'no-change', 'worse'] as const

export type StorySort = (typeof STORY_SORTS)[number]
export type TimeWindow = (typeof TIME_WINDOWS)[number]
export type PostKindFilter = (typeof POST_KINDS)[number]
export type OutcomeFilter = (typeof OUTCOME_FILTERS)[number]

/** AND across tags: more than a handful only ever yields an empty list. */
export const MAX_FILTER_TAGS = 6
export const MAX_TAG_LENGTH = 100
export const MAX_CURSOR_LENGTH = 200
export const PAGE_SIZE_DEFAULT = 20
export const PAGE_SIZE_MAX = 50

const tagValue = storableString()
  .trim()
  .toLowerCase()
  .min(1, 'A tag cannot be empty')
  .max(MAX_TAG_LENGTH, `A tag has at most ${MAX_TAG_LENGTH} characters`)

const fields = {
  tag: z
    .array(tagValue)
    .max(MAX_FILTER_TAGS, `Choose at most ${MAX_FILTER_TAGS} tags`)
    .transform((tags) => [...new Set(tags)]),
  outcome: z.enum(OUTCOME_FILTERS, { message: `outcome is one of ${OUTCOME_FILTERS.join(', ')}` }),
  kind: z.enum(POST_KINDS, { message: `kind is one of ${POST_KINDS.join(', ')}` }),
  sort: z.enum(STORY_SORTS, { message: `sort is one of ${STORY_SORTS.join(', ')}` }),
  t: z.enum(TIME_WINDOWS, { message: `t is one of ${TIME_WINDOWS.join(', ')}` }),
  // `onlyChange=1`: the chosen interventions were the only change the author made (the insights'
  // "only change" view links here).
  onlyChange: z.enum(['1', '0', 'true', 'false'], { message: 'onlyChange is 1 or 0' }).transform((v) => v === '1' || v === 'true'),
}

export const DEFAULT_FILTERS = { tag: [] as string[], outcome: 'any', kind: 'story', sort: 'new', t: 'all', onlyChange: false } as const satisfies {
  tag: string[]
  outcome: OutcomeFilter
  kind: PostKindFilter
  sort: StorySort
  t: TimeWindow
  onlyChange: boolean
}

/** What the URL says to show: tags are slugs or synonyms until resolved. */
export const storyFilterSchema = z.object({
  tag: fields.tag.default([]),
  outcome: fields.outcome.default(DEFAULT_FILTERS.outcome),
  kind: fields.kind.default(DEFAULT_FILTERS.kind),
  sort: fields.sort.default(DEFAULT_FILTERS.sort),
  t: fields.t.default(DEFAULT_FILTERS.t),
  onlyChange: fields.onlyChange.default(DEFAULT_FILTERS.onlyChange),
})
export type StoryFilters = z.infer<typeof storyFilterSchema>

/** Pages never fail on a hand-edited URL: each bad field quietly takes its default. */
export const lenientStoryFilterSchema = z.object({
  tag: z
    .array(z.string())
    .catch([])
    .default([])
    .transform((tags) => [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t && t.length <= MAX_TAG_LENGTH && isStorableText(t)))].slice(0, MAX_FILTER_TAGS)),
  outcome: fields.outcome.catch(DEFAULT_FILTERS.outcome).default(DEFAULT_FILTERS.outcome),
  kind: fields.kind.catch(DEFAULT_FILTERS.kind).default(DEFAULT_FILTERS.kind),
  sort: fields.sort.catch(DEFAULT_FILTERS.sort).default(DEFAULT_FILTERS.sort),
  t: fields.t.catch(DEFAULT_FILTERS.t).default(DEFAULT_FILTERS.t),
  onlyChange: fields.onlyChange.catch(DEFAULT_FILTERS.onlyChange).default(DEFAULT_FILTERS.onlyChange),
})

const cursorField = z
  .string()
  .max(MAX_CURSOR_LENGTH, 'Not a valid cursor')
  .transform((value, ctx): ListCursor => {
    const cursor = decodeCursor(value)
    if (!cursor) {
      ctx.addIssue({ code: 'custom', message: 'Not a valid cursor: use nextCursor from a previous page' })
      return z.NEVER
    }
    return cursor
  })

/** GET /api/stories: the filters plus a page size and a cursor from the previous page. */
export const storyListQuerySchema = storyFilterSchema
  .extend({
    cursor: cursorField.optional(),
    limit: z.coerce
      .number({ message: 'limit is a number' })
      .int('limit is a whole number')
      .min(1, 'limit is at least 1')
      .max(PAGE_SIZE_MAX, `limit is at most ${PAGE_SIZE_MAX}`)
      .default(PAGE_SIZE_DEFAULT),
  })
  .superRefine((query, ctx) => {
    if (query.cursor && query.cursor.sort !== query.sort) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'This cursor belongs to another sort order' })
    }
  })
export type StoryListQuery = z.infer<typeof storyListQuerySchema>
