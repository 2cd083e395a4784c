import { notFound } from 'next/navigation'
import { SearchPageView, searchMetadata } from '@/components/pages/search-page'
import { decodeQuery } from '@/lib/page-cache/routing'

// Incremental static regeneration: each query is rendered on its first request, then reused for
// PAGE_CACHE_SECONDS (lib/page-cache/routing.ts; Next needs the literal here) and rendered again
// in the background. Changes to what the public sees expire it at once (refreshPublicPages).
export const revalidate = 10
export function generateStaticParams() {
  return []
}

export const metadata = searchMetadata

export default async function AnonymousSearchPage(props: { params: Promise<{ query: string }> }) {
  const searchParams = decodeQuery((await props.params).query)
  if (!searchParams) notFound()
  return <SearchPageView searchParams={searchParams} viewer={null} />
}
