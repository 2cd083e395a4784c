import { StoriesPageView, storiesMetadata } from '@/components/pages/stories-page'
import { getViewer } from '@/lib/auth'
import type { PageSearchParams } from '@/lib/discovery/url'

export const metadata = storiesMetadata

export default async function StoriesPage(props: { searchParams: Promise<PageSearchParams> }) {
  return <StoriesPageView searchParams={await props.searchParams} viewer={await getViewer()} />
}
