// Discovery's benchmark rows: the lists, a deep keyset page, search, a long thread and a tag page.
import { encodeCursor } from '../../lib/discovery/cursor'
import type { ListCursor } from '../../lib/discovery/cursor'
import { FACET_WINDOW_ROWS, facetCountsSql, storyListSql, TAG_WINDOW_ROWS, usesTagPlan, type ResolvedFilters } from '../../lib/discovery/sql'
import { searchSql } from '../../lib/search/sql'
import { paths } from '../../lib/paths'
import type { BenchContext, BenchScenario } from './types'

const LIST_TARGETS = { p99Ms: 150, minRequestsPerSecond: 150, maxBytes: 100_000 }
const PAGE_SIZE = 20
const DEEP_PAGE = 50
// Tags the synthetic stories carry together (prisma/seed/scale.ts): acne with LGG and a multi-strain probiotic.
const THREE_TAGS = ['acne', 'lactobacillus-rhamnosus-gg', 'multi-strain-probiotic']
// Matches thousands of public stories at every scale: the ranked set is capped (SEARCH_CANDIDATE_CAP).
// ("zinc eczema" matched only members-only stories of the synthetic data: anonymous readers got none.)
const SEARCH_WORDS = 'probiotic acne'
const ONLY_CHANGE_INTERVENTION = 'lactobacillus-rhamnosus-gg'

async function resolve(context: BenchContext, slugs: string[], extra: Partial<ResolvedFilters> = {}): Promise<ResolvedFilters> {
  const rows = await context.query<{ id: number; slug: string; name: string; kind: 'CONDITION' | 'INTERVENTION' }>(
    'SELECT id, slug, name, kind FROM "Tag" WHERE slug = ANY($1)',
    [slugs],
  )
  const tags = slugs.flatMap((slug) => rows.filter((r) => r.slug === slug))
  return { tag: slugs, tags, unknownTags: [], outcome: 'any', kind: 'story', sort: 'new', t: 'all', onlyChange: false, ...extra }
}

/** The list queries a page runs, as lib/discovery/queries.ts chooses them: the window of newest
 * rows, then the GIN index when the window falls short. */
async function listPlan(context: BenchContext, filters: ResolvedFilters, cursor?: ListCursor) {
  const now = new Date()
  const limit = PAGE_SIZE + 1
  if (!usesTagPlan(filters)) return { queries: [toExplain(storyListSql(filters, { limit, now, cursor }))], plan: undefined }
  const window = storyListSql(filters, { limit, now, cursor, plan: { kind: 'window', windowRows: TAG_WINDOW_ROWS } })
  const rows = await context.query<{ windowRows: number }>(window.text, window.values)
  if (rows.length >= limit || (rows.length > 0 && rows[0]!.windowRows < TAG_WINDOW_ROWS)) return { queries: [toExplain(window)], plan: 'window' as const }
  return { queries: [toExplain(window), toExplain(storyListSql(filters, { limit, now, cursor, plan: { kind: 'index' } }))], plan: 'index' as const }
}

async function listQueries(context: BenchContext, filters: ResolvedFilters, cursor?: ListCursor) {
  return (await listPlan(context, filters, cursor)).queries
}

/** The list's queries, then the facet count queries the way lib/discovery/queries.ts (countFacets)
 * chooses them after the list. */
async function listAndFacetQueries(context: BenchContext, filters: ResolvedFilters) {
  const { queries, plan: hint } = await listPlan(context, filters)
  const now = new Date()
  const newest = { ...filters, sort: 'new' as const }
  if (!usesTagPlan(filters)) return [...queries, toExplain(facetCountsSql(newest, now))]
  if (hint === 'index') return [...queries, toExplain(facetCountsSql(newest, now, { kind: 'index' }))]
  const window = facetCountsSql(newest, now, { kind: 'window', windowRows: FACET_WINDOW_ROWS })
  const rows = await context.query(window.text, window.values)
  return [...queries, toExplain(window), ...(rows.length ? [] : [toExplain(facetCountsSql(newest, now, { kind: 'index' }))])]
}

function toExplain(sql: { text: string; values: unknown[] }) {
  return { sql: sql.text, params: sql.values }
}

/** The cursor that opens page `page` of the acne list (the last row of the page before). */
async function deepCursor(context: BenchContext, page: number): Promise<string> {
  const filters = await resolve(context, ['acne'])
  const [row] = await context.query<{ id: number; ms: string }>(
    `SELECT p.id, (extract(epoch FROM p."createdAt") * 1000)::bigint AS ms FROM "Post" p
     WHERE p.status = 'VISIBLE' AND p."deletedAt" IS NULL AND p.kind = 'STORY' AND p."tagIds" @> ARRAY[$1::int]
     ORDER BY p."createdAt" DESC, p.id DESC OFFSET $2 LIMIT 1`,
    [filters.tags[0]!.id, (page - 1) * PAGE_SIZE - 1],
  )
  if (!row) throw new Error(`fewer than ${(page - 1) * PAGE_SIZE} acne stories: seed a larger --scale`)
  return encodeCursor({ sort: 'new', key: Number(row.ms), id: row.id })
}

const rows: BenchScenario[] = [
  {
    name: 'home',
    path: () => '/',
    targets: LIST_TARGETS,
    explain: async (context) => [toExplain(storyListSql(await resolve(context, []), { limit: PAGE_SIZE + 1, now: new Date() }))],
  },
  {
    name: 'list: 3 tags',
    path: () => `/stories?${THREE_TAGS.map((t) => `tag=${t}`).join('&')}`,
    targets: LIST_TARGETS,
    explain: async (context) => {
      const filters = await resolve(context, THREE_TAGS)
      return listAndFacetQueries(context, filters)
    },
  },
  {
    // The insights' "only change" drill-down; the synthetic stories name two interventions each,
    // so few qualify: the rare-match path (GIN index) of the list.
    name: 'list: only change',
    path: () => `/stories?tag=acne&tag=${ONLY_CHANGE_INTERVENTION}&outcome=helped&onlyChange=1`,
    targets: LIST_TARGETS,
    explain: async (context) => {
      const filters = await resolve(context, ['acne', ONLY_CHANGE_INTERVENTION], { outcome: 'helped', onlyChange: true })
      return listAndFacetQueries(context, filters)
    },
  },
  {
    name: 'list: acne page 1',
    path: () => '/stories?tag=acne',
    targets: LIST_TARGETS,
    explain: async (context) => {
      const filters = await resolve(context, ['acne'])
      return listAndFacetQueries(context, filters)
    },
  },
  {
    name: `list: acne page ${DEEP_PAGE}`,
    path: async (context) => `/stories?tag=acne&cursor=${await deepCursor(context, DEEP_PAGE)}`,
    targets: LIST_TARGETS,
    explain: async (context) => {
      const filters = await resolve(context, ['acne'])
      const { decodeCursor } = await import('../../lib/discovery/cursor')
      const cursor = decodeCursor(await deepCursor(context, DEEP_PAGE))!
      return listQueries(context, filters, cursor)
    },
  },
  {
    name: 'search',
    path: () => `/search?q=${encodeURIComponent(SEARCH_WORDS)}`,
    targets: { p99Ms: 50, maxBytes: 100_000 },
    explain: async (context) => [toExplain(searchSql(SEARCH_WORDS, await resolve(context, [], { kind: 'story' }), null, new Date()))],
  },
  {
    name: 'thread: most replies',
    path: async (context) => {
      const [post] = await context.query<{ id: number; title: string }>('SELECT id, title FROM "Post" WHERE status = \'VISIBLE\' ORDER BY "commentCount" DESC, id LIMIT 1')
      // The canonical URL: /t/<id> alone answers with a redirect to it.
      return paths.thread(post!.id, post!.title)
    },
    targets: { p99Ms: 150 },
  },
  {
    name: 'tag page: acne',
    path: () => '/tags/acne',
    targets: LIST_TARGETS,
    explain: async (context) => listAndFacetQueries(context, await resolve(context, ['acne'])),
  },
]

/** Each list twice: as an anonymous reader gets it (the page cache of decision 008: one render
 * per PAGE_CACHE_SECONDS) and as a signed-in member does (rendered per request). The database
 * plans are the same: EXPLAINed once. */
export const scenarios: BenchScenario[] = rows.flatMap((row) =>
  row.name.startsWith('thread') ? [row] : [row, { ...row, name: `${row.name} (signed in)`, signedIn: true, explain: undefined }],
)
