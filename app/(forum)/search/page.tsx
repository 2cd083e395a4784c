import { SearchPageView, searchMetadata } from '@/components/pages/search-page'
import { getViewer } from '@/lib/auth'
import type { PageSearchParams } from '@/lib/discovery/url'

export const metadata = searchMetadata

export default async function SearchPage(props: { searchParams: Promise<PageSearchParams> }) {
  return <SearchPageView searchParams={await props.searchParams} viewer={await getViewer()} />
}
