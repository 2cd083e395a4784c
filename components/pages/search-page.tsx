import type { Metadata } from 'next'
import Form from 'next/form'
import { FilterBar } from '@/components/filter-bar'
import { resolvePageFilters } from '@/lib/discovery/browse'
import { catalogueFacets } from '@/lib/discovery/queries'
import { filterInput, type PageSearchParams } from '@/lib/discovery/url'
import { paths } from '@/lib/paths'
import type { Viewer } from '@/lib/viewer'
import { searchStories } from '@/lib/search/queries'
import { quotedSearchText, SEARCH_MAX_LENGTH, searchTextSchema } from '@/lib/search/schemas'
import { SearchHit } from '../search-hit'

export const searchMetadata: Metadata = { title: 'Search', robots: { index: false, follow: true } }

/** /search. Per request for members, cached for anonymous readers. */
export async function SearchPageView({ searchParams, viewer }: { searchParams: PageSearchParams; viewer: Viewer }) {
  const raw = filterInput(searchParams).q
  const typed = typeof raw === 'string' ? raw : ''
  const filters = await resolvePageFilters(searchParams)
  const parsed = typed ? searchTextSchema.safeParse(typed) : null
  const [result, facets] = await Promise.all([
    parsed?.success ? searchStories(viewer, parsed.data, filters) : null,
    catalogueFacets(filters, { cached: true }),
  ])
  const message = parsed && !parsed.success ? (parsed.error.issues[0]?.message ?? 'Try other words') : result && !result.ok ? result.message : null
  // Keep what was typed in the box, but never echo 10,000 characters back.
  const shownText = typed.slice(0, SEARCH_MAX_LENGTH * 2)

  return (
    <section aria-labelledby="search-title" className="space-y-5">
      <h1 id="search-title" className="text-2xl font-bold">
        Search
      </h1>
      <Form action={paths.search()} role="search" className="flex flex-wrap gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search stories and replies
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={shownText}
          maxLength={SEARCH_MAX_LENGTH * 2}
          placeholder={'probiotics acne, "fish oil" -capsules'}
          aria-describedby="search-help search-message"
          className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 py-2"
        />
        {filters.tag.map((t) => (
          <input key={t} type="hidden" name="tag" value={t} />
        ))}
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Search
        </button>
      </Form>
      <p id="search-help" className="text-sm text-muted">
        Use quotes for a phrase, <kbd className="rounded border border-line px-1 font-mono">OR</kbd> for either word, and a minus to leave a word out.
      </p>
      <div id="search-message" aria-live="polite">
        {message && <p className="rounded-lg border border-bad/40 bg-bad-soft p-3 text-bad">{message}</p>}
      </div>
      {parsed?.success && <FilterBar action={paths.search()} filters={filters} facets={facets} showSort={false} keep={{ q: parsed.data }} />}
      {result?.ok && (
        <div className="space-y-4">
          <h2 className="text-xl font-semibold">
            {result.hits.length ? 'Best matches for ' : 'Nothing found for '}
            {quotedSearchText(parsed?.data ?? '')}
          </h2>
          {result.capped && (
            <p className="text-sm text-muted">Many stories match: these are the best among the first thousand. Add words or filters to narrow it down.</p>
          )}
          <ul className="space-y-4">
            {result.hits.map((hit) => (
              <li key={hit.story.id}>
                <SearchHit hit={hit} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
