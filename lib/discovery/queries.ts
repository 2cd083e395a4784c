import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import type { TagCategory } from '../generated/prisma/enums'
import { storyCardSelect, toStoryCard, type StoryCard } from '../stories/queries'
import type { Viewer } from '../viewer'
import { publicWhere, readablePostWhere } from '../visibility-sql'
import { encodeCursor, type ListCursor } from './cursor'
import { PAGE_SIZE_DEFAULT, type StoryFilters, type StorySort } from './schemas'
import { fromCardRow, storyCardsSql, type CardRow } from './cards'
import { TtlCache } from '../ttl-cache'
import {
  FACET_SAMPLE_SIZE,
  FACET_WINDOW_ROWS,
  facetCountsSql,
  storyListSql,
  TAG_WINDOW_ROWS,
  usesTagPlan,
  type ListSqlOptions,
  type ResolvedFilters,
  type ResolvedTag,
  type TagPlan,
} from './sql'
import { isDefaultFilters } from './url'

export type { ResolvedFilters, ResolvedTag } from './sql'

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
  /** For a tag-filtered list, how its rows were found: the facet counts follow the same way. */
  tagPlan?: TagPlan['kind']
}

function cursorOf(story: StoryCard, sort: StorySort): ListCursor {
  const key = sort === 'new' ? story.createdAt.getTime() : sort === 'active' ? story.lastActivityAt.getTime() : story.helpfulCount
  return { sort, key, id: story.id }
}

interface ListRow {
  id: number
  tagIds: number[] | null
}

/** Rows of a list query. A tag-filtered list first reads a window of the newest rows (common
 * tags fill a page there); when the window is short of `limit` matches, the tags are rare, and
 * the GIN index finds them instead (decision 006). At most two queries. */
export async function listRows(
  filters: ResolvedFilters,
  options: ListSqlOptions & { windowRows?: number },
): Promise<{ rows: ListRow[]; plan?: TagPlan['kind'] }> {
  if (!usesTagPlan(filters)) return { rows: await db.$queryRaw<ListRow[]>(storyListSql(filters, options)) }
  const windowRows = options.windowRows ?? TAG_WINDOW_ROWS
  const rows = await db.$queryRaw<ListRow[]>(storyListSql(filters, { ...options, plan: { kind: 'window', windowRows } }))
  // Short of a page: the tags are rare (or the list ends), and the index finds exactly what matches.
  if (rows.length >= options.limit) return { rows, plan: 'window' }
  return { rows: await db.$queryRaw<ListRow[]>(storyListSql(filters, { ...options, plan: { kind: 'index' } })), plan: 'index' }
}

/** One page of the filtered list: ids by keyset in one query (two for rare tags), then the cards
 * in one more. */
export async function listStories(
  viewer: Viewer,
  filters: ResolvedFilters,
  options: { cursor?: ListCursor; limit?: number; now?: Date; windowRows?: number } = {},
): Promise<StoryPage> {
  // An unknown tag matches nothing: better an empty list than silently dropping the filter.
  if (filters.unknownTags.length) return { stories: [], nextCursor: null }
  const limit = options.limit ?? PAGE_SIZE_DEFAULT
  const { rows, plan } = await listRows(filters, { cursor: options.cursor, limit: limit + 1, now: options.now ?? new Date(), windowRows: options.windowRows })
  const ids = rows.slice(0, limit).map((r) => r.id)
  const stories = await storyCardsByIds(viewer, ids)
  const last = stories.at(-1)
  return { stories, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last, filters.sort)) : null, tagPlan: plan }
}

/** Cards for these ids, in the order given: one query (author and tags as JSON), where Prisma's
 * nested select would send four. Bodies are cut to what an excerpt can use. */
export async function storyCardsByIds(viewer: Viewer, ids: number[]): Promise<StoryCard[]> {
  if (!ids.length) return []
  const rows = await db.$queryRaw<CardRow[]>(storyCardsSql(ids))
  const byId = new Map(rows.map((row) => [row.id, toStoryCard(fromCardRow(row), viewer)]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}

/** At most this many pinned stories sit above the home page's list. */
export const PINNED_SHOWN = 3

/** Stories the moderators pinned, newest first (visible and undeleted only). The article's question
 * threads are pinned too, but the home page lists them with the article already. */
export async function listPinnedStories(viewer: Viewer): Promise<StoryCard[]> {
  const rows = await db.post.findMany({
    where: { pinned: true, ...publicWhere, askedQuestion: { is: null } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PINNED_SHOWN,
    select: { id: true },
  })
  return storyCardsByIds(
    viewer,
    rows.map((row) => row.id),
  )
}

export interface FilterTag extends ResolvedTag {
  category: TagCategory | null
  postCount: number
}

/** Pages may show facet counts and the catalogue up to this old: they are the filter bar's hints,
 * not the list, and counting them is the costliest query of a filtered page (decision 006). */
export const FACET_CACHE_SECONDS = 60
const catalogueCache = new TtlCache<'all', FilterTag[]>(FACET_CACHE_SECONDS * 1000, 1)
const facetCache = new TtlCache<string, FacetCounts>(FACET_CACHE_SECONDS * 1000, 1_000)

/** Every tag, for the filter bar (a few dozen rows; once per request). */
export const listFilterTags = cache(async (): Promise<FilterTag[]> => {
  return db.tag.findMany({
    select: { ...resolvedTagSelect, category: true, postCount: true },
    orderBy: [{ kind: 'asc' }, { postCount: 'desc' }, { name: 'asc' }],
  })
})

function filterTags(cached: boolean): Promise<FilterTag[]> {
  return cached ? catalogueCache.get('all', listFilterTags) : listFilterTags()
}

export interface TagFacet extends FilterTag {
  /** Matching stories carrying the tag (within the sample when there is one). */
  count: number
  selected: boolean
}

export interface Facets {
  conditions: TagFacet[]
  interventions: TagFacet[]
  /** Which stories the counts were taken over, when not all matches: "the newest 500 matching stories". */
  sample: string | null
}

interface FacetCounts {
  counts: Map<number, number>
  sample: string | null
}

const number = new Intl.NumberFormat('en')

/** Counts per tag over the newest matches (whatever the sort), from the rows' "tagIds". Tags
 * common enough count within a window of the newest stories; rare ones (`hint`: the list needed
 * the index) through the GIN index. */
export async function countFacets(filters: ResolvedFilters, now = new Date(), hint?: TagPlan['kind']): Promise<FacetCounts> {
  type Row = { tagId: number; n: number; total: number; windowRows: number | null }
  const newest = { ...filters, sort: 'new' as const }
  let plan: TagPlan | undefined = !usesTagPlan(filters)
    ? undefined
    : hint === 'index'
      ? { kind: 'index' }
      : { kind: 'window', windowRows: FACET_WINDOW_ROWS }
  let rows = await db.$queryRaw<Row[]>(facetCountsSql(newest, now, plan))
  if (plan?.kind === 'window' && !rows.length) {
    plan = { kind: 'index' }
    rows = await db.$queryRaw<Row[]>(facetCountsSql(newest, now, plan))
  }
  const total = rows[0]?.total ?? 0
  const windowFull = plan?.kind === 'window' && (rows[0]?.windowRows ?? 0) >= FACET_WINDOW_ROWS
  const sample =
    total >= FACET_SAMPLE_SIZE
      ? `the newest ${number.format(FACET_SAMPLE_SIZE)} matching stories`
      : windowFull
        ? `the matches among the newest ${number.format(FACET_WINDOW_ROWS)} stories`
        : null
  return { counts: new Map(rows.map((r) => [r.tagId, r.n])), sample }
}

function facetKey(filters: ResolvedFilters): string {
  const tags = filters.tags.map((t) => t.id).sort((a, b) => a - b)
  return JSON.stringify([tags, filters.outcome, filters.kind, filters.t, filters.onlyChange])
}

/** Counts per tag for the current result set. The unfiltered list uses the tags' own counters.
 * `cached`: take counts (and the catalogue) up to FACET_CACHE_SECONDS old, as the pages do. */
export async function getFacets(
  filters: ResolvedFilters,
  now = new Date(),
  options: { cached?: boolean; hint?: TagPlan['kind'] } = {},
): Promise<Facets> {
  const cached = options.cached ?? false
  if (isDefaultFilters(filters) || filters.unknownTags.length) return catalogueFacets(filters, { cached })
  const count = () => countFacets(filters, now, options.hint)
  const [catalogue, counted] = await Promise.all([
    filterTags(cached),
    // A time window moves with `now`: its counts are not kept.
    cached && filters.t === 'all' ? facetCache.get(facetKey(filters), count) : count(),
  ])
  return toFacets(catalogue, filters, (tag) => counted.counts.get(tag.id) ?? 0, counted.sample)
}

/** Facets counted by the tags' own counters (all visible stories): no query beyond the catalogue. */
export async function catalogueFacets(filters: ResolvedFilters, options: { cached?: boolean } = {}): Promise<Facets> {
  const catalogue = await filterTags(options.cached ?? false)
  return toFacets(catalogue, filters, (tag) => (filters.unknownTags.length ? 0 : tag.postCount), null)
}

function toFacets(catalogue: FilterTag[], filters: ResolvedFilters, count: (tag: FilterTag) => number, sample: string | null): Facets {
  const selected = new Set(filters.tags.map((t) => t.id))
  const facets = catalogue
    .map((tag) => ({ ...tag, count: count(tag), selected: selected.has(tag.id) }))
    .sort((a, b) => Number(b.selected) - Number(a.selected) || b.count - a.count || a.name.localeCompare(b.name))
  return {
    conditions: facets.filter((f) => f.kind === 'CONDITION'),
    interventions: facets.filter((f) => f.kind === 'INTERVENTION'),
    sample,
  }
}

export const FEED_ITEMS = 30

/** Newest public stories for a feed: members-only stories never leave the site this way. */
export async function listFeedStories(tagId?: number): Promise<StoryCard[]> {
  const rows = await db.post.findMany({
    where: {
      kind: 'STORY',
      ...readablePostWhere(null),
      ...(tagId !== undefined ? { tags: { some: { tagId } } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: FEED_ITEMS,
    select: storyCardSelect,
  })
  return rows.map((row) => toStoryCard(row, null))
}
