import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { HomePageView, homeMetadata } from '@/components/pages/home-page'
import { SearchPageView, searchMetadata } from '@/components/pages/search-page'
import { StoriesPageView, storiesMetadata } from '@/components/pages/stories-page'
import { decodeQuery } from '@/lib/page-cache/routing'

// The cached twins of /, /stories and /search for readers who are not signed in (proxy.ts,
// lib/page-cache/routing.ts: /anon/home/<query> and so on; tags have their own route beside
// this one). Incremental static regeneration: each address is rendered on its first request,
// then reused for PAGE_CACHE_SECONDS (Next needs the literal here) and rendered again in the
// background. Changes to what the public sees expire it at once (refreshPublicPages).
export const revalidate = 10
export function generateStaticParams() {
  return []
}

const PAGES = {
  home: { View: HomePageView, metadata: homeMetadata },
  stories: { View: StoriesPageView, metadata: storiesMetadata },
  search: { View: SearchPageView, metadata: searchMetadata },
}

interface Props {
  params: Promise<{ page: string; query: string }>
}

function pageFor(name: string) {
  return Object.hasOwn(PAGES, name) ? PAGES[name as keyof typeof PAGES] : null
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return pageFor((await props.params).page)?.metadata ?? {}
}

export default async function AnonymousListPage(props: Props) {
  const { page, query } = await props.params
  const target = pageFor(page)
  const searchParams = decodeQuery(query)
  if (!target || !searchParams) notFound()
  return <target.View searchParams={searchParams} viewer={null} />
}
