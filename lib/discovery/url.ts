// Filter state <-> URL query: the URL is the one place the filter lives (shareable, and the back
// button restores it). Defaults are left out so the plain list keeps a plain URL.
import { DEFAULT_FILTERS, type StoryFilters } from './schemas'

export type SearchParamsInput = URLSearchParams | PageSearchParams
/** A page's searchParams, as Next hands them over. */
export type PageSearchParams = Record<string, string | string[] | undefined>

/** The raw query as zod expects it: `tag` always a list, other fields single strings. */
export function filterInput(params: SearchParamsInput): Record<string, unknown> {
  const get = (name: string): string[] => {
    if (params instanceof URLSearchParams) return params.getAll(name)
    const value = params[name]
    return value === undefined ? [] : Array.isArray(value) ? value : [value]
  }
  const input: Record<string, unknown> = {}
  // Comma lists ("tag=acne,lgg") are accepted too: they are what people type by hand.
  const tags = get('tag').flatMap((t) => t.split(','))
  if (tags.length) input.tag = tags
  for (const name of ['outcome', 'kind', 'sort', 't', 'onlyChange', 'cursor', 'limit', 'q']) {
    const [first] = get(name)
    if (first !== undefined && first !== '') input[name] = first
  }
  return input
}

/** Query parameters for the filters, without the defaults. */
export function filterSearchParams(filters: Partial<StoryFilters>, extra: Record<string, string | undefined> = {}): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(extra)) if (value) params.set(name, value)
  for (const tag of filters.tag ?? []) params.append('tag', tag)
  if (filters.outcome && filters.outcome !== DEFAULT_FILTERS.outcome) params.set('outcome', filters.outcome)
  if (filters.kind && filters.kind !== DEFAULT_FILTERS.kind) params.set('kind', filters.kind)
  if (filters.sort && filters.sort !== DEFAULT_FILTERS.sort) params.set('sort', filters.sort)
  if (filters.t && filters.t !== DEFAULT_FILTERS.t) params.set('t', filters.t)
  if (filters.onlyChange) params.set('onlyChange', '1')
  return params
}

const DEFAULT_VALUES: Record<string, string> = {
  outcome: DEFAULT_FILTERS.outcome,
  kind: DEFAULT_FILTERS.kind,
  sort: DEFAULT_FILTERS.sort,
  t: DEFAULT_FILTERS.t,
  onlyChange: '0',
}

/** A submitted filter form's fields without the ones at their default or empty: the URL says
 * only what was chosen. Other fields (the search words) stay as they are, in order. */
export function canonicalFilterQuery(params: URLSearchParams): URLSearchParams {
  const canonical = new URLSearchParams()
  for (const [name, value] of params) {
    if (value === '' || DEFAULT_VALUES[name] === value || name === 'cursor') continue
    canonical.append(name, value)
  }
  return canonical
}

/** Whether a page's query names a filter at its default value (what a plain form submission
 * sends): such a URL redirects to the canonical one. */
export function hasDefaultFilterValues(params: SearchParamsInput): boolean {
  const input = params instanceof URLSearchParams ? params : new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x) => [k, x]))))
  for (const [name, value] of input) if (DEFAULT_VALUES[name] === value || (value === '' && name in DEFAULT_VALUES)) return true
  return false
}

export function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString()
  return query ? `${path}?${query}` : path
}

/** The same filters with a tag added, or removed when it is already chosen. */
export function toggleTag(filters: StoryFilters, slug: string): StoryFilters {
  return { ...filters, tag: filters.tag.includes(slug) ? filters.tag.filter((t) => t !== slug) : [...filters.tag, slug] }
}

export function isDefaultFilters(filters: StoryFilters): boolean {
  return (
    filters.tag.length === 0 &&
    filters.outcome === DEFAULT_FILTERS.outcome &&
    filters.kind === DEFAULT_FILTERS.kind &&
    filters.t === DEFAULT_FILTERS.t &&
    !filters.onlyChange
  )
}
