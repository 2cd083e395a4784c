import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import type { TagCategory } from '../generated/prisma/enums'
import { storyCardSelect, toStoryCard, type StoryCard } from '../stories/queries'
import type { Viewer } from '../viewer'
import { encodeCursor, type ListCursor } from './cursor'
import { PAGE_SIZE_DEFAULT, type StoryFilters, type StorySort } from './schemas'
import { FACET_SAMPLE_SIZE, facetCountsSql, storyListSql, type ResolvedFilters, type ResolvedTag } from './sql'
import { isDefaultFilters } from './url'

export { FACET_SAMPLE_SIZE, filterConditions, type ResolvedFilters, type ResolvedTag } from './sql'

const resolvedTagSelect = { id: true, slug: true, name: true, kind: true } as const

/** Looks up each value as a slug, else as a synonym ("atopic-dermatitis" and "LGG" both work),
 * in one query; `tag` comes back as canonical slugs. */
export async function resolveFilters(filters: StoryFilters): Promise<ResolvedFilters> {
  if (!filters.tag.length) return { ...filters, tags: [], unknownTags: [] }
  const spaced = filters.tag.map((value) => value.replace(/-/g, ' '))
  const candidates = await db.tag.findMany({
    where: { OR: [{ slug: { in: filters.tag } }, { synonyms: { hasSome: [...new Set([...filters.tag, ...spaced])] } }] },
    select: { ...resolvedTagSelect, synonyms: true },
  })
  const tags: ResolvedTag[] = []
  const unknownTags: string[] = []
  filters.tag.forEach((value, i) => {
    const found =
      candidates.find((t) => t.slug === value) ??
      candidates.find((t) => t.synonyms.includes(value) || t.synonyms.includes(spaced[i]!))
    if (!found) unknownTags.push(value)
    else if (!tags.some((t) => t.id === found.id)) tags.push({ id: found.id, slug: found.slug, name: found.name, kind: found.kind })
  })
  return { ...filters, tag: tags.map((t) => t.slug), tags, unknownTags }
}

export interface StoryPage {
  stories: StoryCard[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

function cursorOf(story: StoryCard, sort: StorySort): ListCursor {
  const key = sort === 'new' ? story.createdAt.getTime() : sort === 'active' ? story.lastActivityAt.getTime() : story.helpfulCount
  return { sort, key, id: story.id }
}

/** One page of the filtered list: ids by keyset in one query, then the cards in one more. */
export async function listStories(
  viewer: Viewer,
  filters: ResolvedFilters,
  options: { cursor?: ListCursor; limit?: number; now?: Date } = {},
): Promise<StoryPage> {
  // An unknown tag matches nothing: better an empty list than silently dropping the filter.
  if (filters.unknownTags.length) return { stories: [], nextCursor: null }
  const limit = options.limit ?? PAGE_SIZE_DEFAULT
  const rows = await db.$queryRaw<{ id: number }[]>(
    storyListSql(filters, { cursor: options.cursor, limit: limit + 1, now: options.now ?? new Date() }),
  )
  const ids = rows.slice(0, limit).map((r) => r.id)
  const stories = await storyCardsByIds(viewer, ids)
  const last = stories.at(-1)
  return { stories, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last, filters.sort)) : null }
}

/** Cards for these ids, in the order given. */
export async function storyCardsByIds(viewer: Viewer, ids: number[]): Promise<StoryCard[]> {
  if (!ids.length) return []
  const cards = await db.post.findMany({ where: { id: { in: ids } }, select: storyCardSelect })
  const byId = new Map(cards.map((row) => [row.id, toStoryCard(row, viewer)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

export interface FilterTag extends ResolvedTag {
  category: TagCategory | null
  postCount: number
}

/** Every tag, for the filter bar (a few dozen rows; once per request). */
export const listFilterTags = cache(async (): Promise<FilterTag[]> => {
  return db.tag.findMany({
    select: { ...resolvedTagSelect, category: true, postCount: true },
    orderBy: [{ kind: 'asc' }, { postCount: 'desc' }, { name: 'asc' }],
  })
})

export interface TagFacet extends FilterTag {
  /** Matching stories carrying the tag (within the sample when `sampled`). */
  count: number
  selected: boolean
}

export interface Facets {
  conditions: TagFacet[]
  interventions: TagFacet[]
  /** True when the counts come from the newest FACET_SAMPLE_SIZE matches, not all of them. */
  sampled: boolean
}

/** Counts per tag for the current result set. The unfiltered list uses the tags' own counters. */
export async function getFacets(filters: ResolvedFilters, now = new Date()): Promise<Facets> {
  if (isDefaultFilters(filters) || filters.unknownTags.length) return catalogueFacets(filters)
  const [catalogue, rows] = await Promise.all([
    listFilterTags(),
    db.$queryRaw<{ tagId: number; n: number; total: number }[]>(facetCountsSql(filters, now)),
  ])
  const counts = new Map(rows.map((r) => [r.tagId, r.n]))
  return toFacets(catalogue, filters, (tag) => counts.get(tag.id) ?? 0, (rows[0]?.total ?? 0) >= FACET_SAMPLE_SIZE)
}

/** Facets counted by the tags' own counters (all visible stories): no query beyond the catalogue. */
export async function catalogueFacets(filters: ResolvedFilters): Promise<Facets> {
  const catalogue = await listFilterTags()
  return toFacets(catalogue, filters, (tag) => (filters.unknownTags.length ? 0 : tag.postCount), false)
}

function toFacets(catalogue: FilterTag[], filters: ResolvedFilters, count: (tag: FilterTag) => number, sampled: boolean): Facets {
  const selected = new Set(filters.tags.map((t) => t.id))
  const facets = catalogue
    .map((tag) => ({ ...tag, count: count(tag), selected: selected.has(tag.id) }))
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.name.localeCompare(b.name))
  return {
    conditions: facets.filter((f) => f.kind === 'CONDITION'),
    interventions: facets.filter((f) => f.kind === 'INTERVENTION'),
    sampled,
  }
}

export const FEED_ITEMS = 30

/** Newest public stories for a feed: members-only stories never leave the site this way. */
export async function listFeedStories(tagId?: number): Promise<StoryCard[]> {
  const rows = await db.post.findMany({
    where: {
      kind: 'STORY',
      status: 'VISIBLE',
      deletedAt: null,
      visibility: 'PUBLIC',
      ...(tagId !== undefined ? { tags: { some: { tagId } } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: FEED_ITEMS,
    select: storyCardSelect,
  })
  return rows.map((row) => toStoryCard(row, null))
}
