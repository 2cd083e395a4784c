import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterForm } from '@/components/filter-form'
import { StoryList } from '@/components/story-list'
import { browseStories, pageCursor, resolvePageFilters } from '@/lib/discovery/browse'
import { OUTCOME_FILTER_LABELS, SORT_LABELS } from '@/lib/discovery/labels'
import type { TagFacet } from '@/lib/discovery/queries'
import { OUTCOME_FILTERS, STORY_SORTS } from '@/lib/discovery/schemas'
import { filterSearchParams, withQuery, type PageSearchParams } from '@/lib/discovery/url'
import { paths } from '@/lib/paths'
import type { Viewer } from '@/lib/viewer'
import { getTagForPage } from '@/lib/tags/queries'

const RELATED_SHOWN = 8
const number = new Intl.NumberFormat('en')
const CATEGORY_LABELS = {
  PROBIOTIC: 'Probiotic',
  PREBIOTIC: 'Prebiotic',
  DIET: 'Diet',
  LIFESTYLE: 'Lifestyle',
  SUPPLEMENT: 'Supplement',
  TOPICAL: 'Topical',
  MEDICATION: 'Medication',
  PROCEDURE: 'Procedure',
  OTHER: 'Other',
} as const

export async function tagMetadata(slug: string): Promise<Metadata> {
  const tag = await getTagForPage(slug, paths.tag)
  return {
    title: tag.name,
    description: tag.description || undefined,
    alternates: { types: { 'application/rss+xml': [{ url: paths.tagFeed(tag.slug), title: `WhatHelped: newest stories about ${tag.name}` }] } },
  }
}

/** /tags/<slug>: the tag, related tags and its stories. Per request for members, cached for
 * anonymous readers. */
export async function TagPageView({ slug, searchParams, viewer }: { slug: string; searchParams: PageSearchParams; viewer: Viewer }) {
  const tag = await getTagForPage(slug, paths.tag)
  // The tag page is the story list filtered by this tag; only sort and outcome are offered here.
  const filters = await resolvePageFilters({ sort: searchParams.sort, outcome: searchParams.outcome, cursor: searchParams.cursor }, [tag.slug])
  const cursor = pageCursor(searchParams, filters)
  const { page, facets } = await browseStories(viewer, filters, cursor)
  const query = filterSearchParams(filters)
  const ownQuery = filterSearchParams({ ...filters, tag: [] })
  const related = (tags: TagFacet[]) => tags.filter((t) => t.id !== tag.id && t.count > 0).slice(0, RELATED_SHOWN)
  const relatedConditions = related(facets.conditions)
  const relatedInterventions = related(facets.interventions)
  const isIntervention = tag.kind === 'INTERVENTION'

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">
          {tag.kind === 'CONDITION' ? 'Condition' : `What people tried${tag.category ? ` · ${CATEGORY_LABELS[tag.category]}` : ''}`}
        </p>
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{tag.name}</h1>
        {tag.description && <p className="text-muted">{tag.description}</p>}
        {tag.synonyms.length > 0 && <p className="text-sm text-muted">Also called: {tag.synonyms.join(', ')}</p>}
        <p className="text-sm">
          {number.format(tag.postCount)} {tag.postCount === 1 ? 'story' : 'stories'} ·{' '}
          <a href={paths.tagFeed(tag.slug)} className="text-accent underline">
            RSS feed
          </a>
        </p>
        {tag.kind === 'CONDITION' && (
          <p className="text-sm">
            <Link href={paths.insightsCondition(tag.slug)} className="font-medium text-accent underline">
              See what helped for {tag.name}
            </Link>
          </p>
        )}
      </header>

      {(relatedConditions.length > 0 || relatedInterventions.length > 0) && (
        <section aria-labelledby="related-title" className="space-y-3">
          <h2 id="related-title" className="text-xl font-semibold">
            Related tags
          </h2>
          <p className="text-sm text-muted">
            Most often together with {tag.name}
            {facets.sample ? ` in ${facets.sample}` : ''}; each link shows the stories with both.
          </p>
          <RelatedList label={isIntervention ? 'Conditions it was tried for' : 'Conditions it comes with'} tags={relatedConditions} base={tag.slug} />
          <RelatedList label={isIntervention ? 'Tried together with' : 'What people tried'} tags={relatedInterventions} base={tag.slug} />
        </section>
      )}

      <section aria-labelledby="tag-stories-title" className="space-y-4">
        <h2 id="tag-stories-title" className="text-xl font-semibold">
          Stories
        </h2>
        <FilterForm action={paths.tag(tag.slug)} key={ownQuery.toString()} aria-label="Sort stories" className="flex flex-wrap items-end gap-3">
          <label className="field-select">
            <span>Sort</span>
            <select name="sort" defaultValue={filters.sort}>
              {STORY_SORTS.map((s) => (
                <option key={s} value={s}>
                  {SORT_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          {isIntervention && (
            <label className="field-select">
              <span>Outcome</span>
              <select name="outcome" defaultValue={filters.outcome}>
                {OUTCOME_FILTERS.map((o) => (
                  <option key={o} value={o}>
                    {OUTCOME_FILTER_LABELS[o]}
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="submit" className="rounded-lg bg-accent px-4 py-1.5 font-medium text-accent-ink">
            Show
          </button>
          <Link href={paths.storiesFiltered(query)} className="text-sm text-accent underline">
            Filter further
          </Link>
        </FilterForm>
        <StoryList
          page={page}
          apiHref={paths.apiStories(query)}
          pageHref={withQuery(paths.tag(tag.slug), ownQuery)}
          firstPageHref={cursor ? withQuery(paths.tag(tag.slug), ownQuery) : undefined}
          empty="No stories with this tag yet."
        />
      </section>
    </div>
  )
}

function RelatedList({ label, tags, base }: { label: string; tags: TagFacet[]; base: string }) {
  if (!tags.length) return null
  return (
    <div>
      <h3 className="text-sm font-medium">{label}</h3>
      <ul aria-label={label} className="mt-1 flex flex-wrap gap-1.5">
        {tags.map((t) => (
          <li key={t.slug}>
            <Link
              href={paths.storiesFiltered(filterSearchParams({ tag: [base, t.slug] }))}
              className="inline-flex rounded-full border border-line bg-neutral-soft px-2.5 py-0.5 text-sm no-underline hover:underline"
            >
              {t.name} <span className="ml-1 text-muted">{number.format(t.count)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
