import { notFound } from 'next/navigation'
import { TagPageView, tagMetadata } from '@/components/pages/tag-page'
import { decodeQuery } from '@/lib/page-cache/routing'

interface Props {
  params: Promise<{ slug: string; query: string }>
}

// Incremental static regeneration, as in ../../[page]/[query]/page.tsx.
export const revalidate = 10
export function generateStaticParams() {
  return []
}

export async function generateMetadata(props: Props) {
  return tagMetadata((await props.params).slug)
}

export default async function AnonymousTagPage(props: Props) {
  const { slug, query } = await props.params
  const searchParams = decodeQuery(query)
  if (!searchParams) notFound()
  return <TagPageView slug={slug} searchParams={searchParams} viewer={null} />
}
