import { TagPageView, tagMetadata } from '@/components/pages/tag-page'
import { getViewer } from '@/lib/auth'
import type { PageSearchParams } from '@/lib/discovery/url'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<PageSearchParams>
}

export async function generateMetadata(props: Props) {
  return tagMetadata((await props.params).slug)
}

export default async function TagPage(props: Props) {
  const [{ slug }, searchParams, viewer] = await Promise.all([props.params, props.searchParams, getViewer()])
  return <TagPageView slug={slug} searchParams={searchParams} viewer={viewer} />
}
