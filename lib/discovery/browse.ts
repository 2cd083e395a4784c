import 'server-only'
import type { Viewer } from '../viewer'
import { decodeCursor, type ListCursor } from './cursor'
import { getFacets, listStories, resolveFilters, type Facets, type ResolvedFilters, type StoryPage } from './queries'
import { MAX_CURSOR_LENGTH, lenientStoryFilterSchema } from './schemas'
import { filterInput, type SearchParamsInput } from './url'

export interface StoryBrowser {
  filters: ResolvedFilters
  /** Canonical query of the filters (synonyms resolved, defaults left out). */
  cursor: ListCursor | undefined
  page: StoryPage
  facets: Facets
}

/** Filters from a page's URL (a bad value falls back to its default, a stale cursor to the first
 * page), resolved. */
export async function resolvePageFilters(searchParams: SearchParamsInput, fixedTags: string[] = []): Promise<ResolvedFilters> {
  const input = filterInput(searchParams)
  const parsed = lenientStoryFilterSchema.parse(input)
  const tag = [...new Set([...fixedTags, ...parsed.tag])]
  return resolveFilters({ ...parsed, tag })
}

export function pageCursor(searchParams: SearchParamsInput, filters: ResolvedFilters): ListCursor | undefined {
  const raw = filterInput(searchParams).cursor
  const cursor = typeof raw === 'string' && raw.length <= MAX_CURSOR_LENGTH ? decodeCursor(raw) : null
  return cursor && cursor.sort === filters.sort ? cursor : undefined
}

/** The page, then the facet counts (up to FACET_CACHE_SECONDS old), counted the way the list found
 * its rows: rare tags through the index, common ones in a window of the newest stories. */
export async function browseStories(viewer: Viewer, filters: ResolvedFilters, cursor: ListCursor | undefined): Promise<StoryBrowser> {
  const now = new Date()
  const page = await listStories(viewer, filters, { cursor, now })
  const facets = await getFacets(filters, now, { cached: true, hint: page.tagPlan })
  return { filters, cursor, page, facets }
}
