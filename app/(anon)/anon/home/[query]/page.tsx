import { notFound } from 'next/navigation'
import { HomePageView, homeMetadata } from '@/components/pages/home-page'
import { decodeQuery } from '@/lib/page-cache/routing'

// Incremental static regeneration: each query is rendered on its first request, then reused for
// PAGE_CACHE_SECONDS (lib/page-cache/routing.ts; Next needs the literal here) and rendered again
// in the background. Changes to what the public sees expire it at once (refreshPublicPages).
export const revalidate = 10
export function generateStaticParams() {
  return []
}

export const metadata = homeMetadata

export default async function AnonymousHomePage(props: { params: Promise<{ query: string }> }) {
  const searchParams = decodeQuery((await props.params).query)
  if (!searchParams) notFound()
  return <HomePageView searchParams={searchParams} viewer={null} />
}
