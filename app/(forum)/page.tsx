import Link from 'next/link'
import type { Metadata } from 'next'
import { FilterBar } from '@/components/filter-bar'
import { StoryList } from '@/components/story-list'
import { getArticle } from '@/lib/articles/queries'
import { getViewer } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { browseStories, pageCursor, resolvePageFilters } from '@/lib/discovery/browse'
import { filterSearchParams, isDefaultFilters, withQuery } from '@/lib/discovery/url'

export const metadata: Metadata = {
  alternates: { types: { 'application/rss+xml': [{ url: paths.storiesFeed(), title: 'WhatHelped: newest stories' }] } },
}

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function HomePage(props: Props) {
  const searchParams = await props.searchParams
  const viewer = await getViewer()
  const filters = await resolvePageFilters(searchParams)
  const cursor = pageCursor(searchParams, filters)
  const query = filterSearchParams(filters)
  const [article, { page, facets }] = await Promise.all([getArticle(), browseStories(viewer, filters, cursor)])
  return (
    <div className="space-y-10">
      {article && (
        <section aria-labelledby="article-title" className="rounded-2xl border border-line bg-surface p-5 sm:p-7">
          <p className="text-sm font-medium uppercase tracking-wide text-accent">Where this started</p>
          <h1 id="article-title" className="mt-2 font-serif text-2xl font-bold leading-tight sm:text-3xl">
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
                <Link
                  href={paths.thread(question.threadId, question.text)}
                  className="block rounded-lg border border-line p-3 no-underline hover:border-accent"
                >
                  <span className="font-medium">{question.text}</span>
                  <span className="mt-1 block text-sm text-muted">
                    {question.replyCount} {question.replyCount === 1 ? 'reply' : 'replies'} · {question.answerCount}{' '}
                    {question.answerCount === 1 ? 'story answers it' : 'stories answer it'}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
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
