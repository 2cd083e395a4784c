import { HomePageView, homeMetadata } from '@/components/pages/home-page'
import { getViewer } from '@/lib/auth'
import type { PageSearchParams } from '@/lib/discovery/url'

export const metadata = homeMetadata

export default async function HomePage(props: { searchParams: Promise<PageSearchParams> }) {
  return <HomePageView searchParams={await props.searchParams} viewer={await getViewer()} />
}
