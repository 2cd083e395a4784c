import Link from 'next/link'
import type { Metadata } from 'next'
import { redirect } from 'next/navigation'
import { FilterBar } from '@/components/filter-bar'
import { StoryCard } from '@/components/story-card'
import { StoryList } from '@/components/story-list'
import { getArticleSummary } from '@/lib/articles/queries'
import { paths } from '@/lib/paths'
import type { Viewer } from '@/lib/viewer'
import { browseStories, pageCursor, resolvePageFilters } from '@/lib/discovery/browse'
import { listPinnedStories } from '@/lib/discovery/queries'
import { filterSearchParams, hasDefaultFilterValues, isDefaultFilters, withQuery, type PageSearchParams } from '@/lib/discovery/url'

export const homeMetadata: Metadata = {
  alternates: { types: { 'application/rss+xml': [{ url: paths.storiesFeed(), title: 'WhatHelped: newest stories' }] } },
}

/** The home page: the article, pinned stories and the newest stories with the filter bar. Served
 * per request to members (app/(forum)/page.tsx) and cached for anonymous readers (app/(anon)). */
export async function HomePageView({ searchParams, viewer }: { searchParams: PageSearchParams; viewer: Viewer }) {
  const filters = await resolvePageFilters(searchParams)
  const cursor = pageCursor(searchParams, filters)
  const query = filterSearchParams(filters)
  // A form submitted without JavaScript names every field, defaults too: one URL per list.
  if (hasDefaultFilterValues(searchParams)) {
    redirect(withQuery(paths.home(), filterSearchParams(filters, { cursor: cursor ? String(searchParams.cursor) : undefined })))
  }
  // Pinned stories head the unfiltered first page only: a filtered list shows what was asked for.
  const showPinned = isDefaultFilters(filters) && !cursor
  const [article, { page, facets }, pinned] = await Promise.all([
    getArticleSummary(),
    browseStories(viewer, filters, cursor),
    showPinned ? listPinnedStories(viewer) : Promise.resolve([]),
  ])
  return (
    <div className="space-y-10">
      {article && (
        <section aria-labelledby="article-title" className="home-article">
          <p className="text-sm font-medium uppercase tracking-wide text-accent">Where this started</p>
          <h1 id="article-title">
            {article.title}
          </h1>
          <p className="mt-3 leading-relaxed text-muted">{article.summary}</p>
          <p className="mt-3">
            <Link href={paths.article(article.slug)} className="font-medium text-accent underline">
              Read the original article
            </Link>
          </p>
          <h2 className="mt-6 text-lg font-semibold">The article asks its readers</h2>
          <ol className="mt-3 space-y-2">
            {article.questions.map((question) => (
              <li key={question.id}>
                <Link href={paths.thread(question.threadId, question.text)} className="question-link">
                  <b>{question.text}</b>
                  <span>{`${question.replyCount} ${question.replyCount === 1 ? 'reply' : 'replies'} · ${question.answerCount} ${question.answerCount === 1 ? 'story answers it' : 'stories answer it'}`}</span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      )}
      {pinned.length > 0 && (
        <section aria-labelledby="pinned-title">
          <h2 id="pinned-title" className="text-xl font-semibold">
            Pinned by the moderators
          </h2>
          <ul className="story-list mt-4">
            {pinned.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="newest-title">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="newest-title" className="text-xl font-semibold">
            {isDefaultFilters(filters) && filters.sort === 'new' ? 'Newest stories' : 'Stories'}
          </h2>
          <Link href={paths.stories()} className="text-sm text-accent underline">
            All stories
          </Link>
        </div>
        <div className="mt-4 space-y-4">
          <FilterBar action={paths.home()} filters={filters} facets={facets} />
          <StoryList
            page={page}
            apiHref={paths.apiStories(query)}
            pageHref={withQuery(paths.home(), query)}
            firstPageHref={cursor ? withQuery(paths.home(), query) : undefined}
            empty={isDefaultFilters(filters) ? 'No stories yet.' : 'No stories match these filters yet. Try removing one.'}
          />
        </div>
      </section>
    </div>
  )
}
