import 'server-only'
import { notFound, permanentRedirect } from 'next/navigation'
import { cache } from 'react'
import { db } from '../db'
import type { TagCategory, TagKind } from '../generated/prisma/enums'
import { isStorableText } from '../http/storable-text'

export interface TagView {
  id: number
  slug: string
  name: string
  kind: TagKind
  category: TagCategory | null
  description: string
  synonyms: string[]
  postCount: number
}

const tagSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  category: true,
  description: true,
  synonyms: true,
  postCount: true,
} as const

/** A tag by its slug, or by one of its synonyms ("atopic dermatitis" finds eczema). */
export const getTag = cache(async (slugOrSynonym: string): Promise<TagView | null> => {
  const key = slugOrSynonym.trim().toLowerCase()
  // No tag has such a name, and PostgreSQL could not even compare it ("/tags/%00").
  if (!key || key.length > 100 || !isStorableText(key)) return null
  return (
    (await db.tag.findUnique({ where: { slug: key }, select: tagSelect })) ??
    (await db.tag.findFirst({ where: { synonyms: { has: key.replace(/-/g, ' ') } }, select: tagSelect }))
  )
})

/**
 * The tag a page's URL segment names (slug or synonym, optionally of one kind), answering with
 * a 404 when there is none and a permanent redirect when the URL is not the canonical slug.
 * `segment` is the route param as Next hands it over: already percent-decoded, so decoding it
 * again would read "/tags/%25" as a broken escape "%" and throw.
 */
export async function getTagForPage(segment: string, canonicalPath: (slug: string) => string, kind?: TagKind): Promise<TagView> {
  const tag = await getTag(segment)
  if (!tag || (kind && tag.kind !== kind)) notFound()
  if (tag.slug !== segment) permanentRedirect(canonicalPath(tag.slug))
  return tag
}
