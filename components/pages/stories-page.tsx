import type { Metadata } from 'next'
import { permanentRedirect, redirect } from 'next/navigation'
import { FilterBar } from '@/components/filter-bar'
import { StoryList } from '@/components/story-list'
import { browseStories, pageCursor, resolvePageFilters } from '@/lib/discovery/browse'
import { filterInput, filterSearchParams, hasDefaultFilterValues, withQuery, type PageSearchParams } from '@/lib/discovery/url'
import { paths } from '@/lib/paths'
import type { Viewer } from '@/lib/viewer'

export const storiesMetadata: Metadata = {
  title: 'Stories',
  alternates: { types: { 'application/rss+xml': [{ url: paths.storiesFeed(), title: 'WhatHelped: newest stories' }] } },
}

/** /stories: every story, filtered. Per request for members, cached for anonymous readers. */
export async function StoriesPageView({ searchParams, viewer }: { searchParams: PageSearchParams; viewer: Viewer }) {
  const filters = await resolvePageFilters(searchParams)
  const cursor = pageCursor(searchParams, filters)
  const query = filterSearchParams(filters)
  // A synonym in the URL ("atopic-dermatitis") becomes the tag's own slug: one URL per list.
  const asked = filterInput(searchParams).tag as string[] | undefined
  if (asked && !filters.unknownTags.length && asked.join() !== filters.tag.join()) {
    permanentRedirect(withQuery(paths.stories(), filterSearchParams(filters, { cursor: cursor ? String(searchParams.cursor) : undefined })))
  }
  // A form submitted without JavaScript names every field, defaults too: one URL per list.
  if (hasDefaultFilterValues(searchParams)) {
    redirect(withQuery(paths.stories(), filterSearchParams(filters, { cursor: cursor ? String(searchParams.cursor) : undefined })))
  }
  const { page, facets } = await browseStories(viewer, filters, cursor)
  return (
    <section aria-labelledby="stories-title" className="space-y-4">
      <h1 id="stories-title" className="text-2xl font-bold">
        Stories
      </h1>
      <p className="text-muted">What members tried for their skin, and how it went. Combine conditions, what they tried and the outcome.</p>
      <FilterBar action={paths.stories()} filters={filters} facets={facets} />
      <h2 className="sr-only">Matching stories</h2>
      <StoryList
        page={page}
        apiHref={paths.apiStories(query)}
        pageHref={paths.storiesFiltered(query)}
        firstPageHref={cursor ? paths.storiesFiltered(query) : undefined}
        empty="No stories match these filters yet. Try removing one."
      />
    </section>
  )
}
