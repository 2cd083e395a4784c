// Discovery's benchmark rows: the lists, a deep keyset page, search, a long thread and a tag page.
import { encodeCursor } from '../../lib/discovery/cursor'
import { facetCountsSql, storyListSql, type ResolvedFilters } from '../../lib/discovery/sql'
import { searchSql } from '../../lib/search/sql'
import { paths } from '../../lib/paths'
import type { BenchContext, BenchScenario } from './types'

const LIST_TARGETS = { p99Ms: 150, minRequestsPerSecond: 150, maxBytes: 100_000 }
const PAGE_SIZE = 20
const DEEP_PAGE = 50
// Tags the synthetic stories carry together (prisma/seed/scale.ts): acne with LGG and a multi-strain probiotic.
const THREE_TAGS = ['acne', 'lactobacillus-rhamnosus-gg', 'multi-strain-probiotic']
const SEARCH_WORDS = 'zinc eczema'

async function resolve(context: BenchContext, slugs: string[], extra: Partial<ResolvedFilters> = {}): Promise<ResolvedFilters> {
  const rows = await context.query<{ id: number; slug: string; name: string; kind: 'CONDITION' | 'INTERVENTION' }>(
    'SELECT id, slug, name, kind FROM "Tag" WHERE slug = ANY($1)',
    [slugs],
  )
  const tags = slugs.flatMap((slug) => rows.filter((r) => r.slug === slug))
  return { tag: slugs, tags, unknownTags: [], outcome: 'any', kind: 'story', sort: 'new', t: 'all', ...extra }
}

function toExplain(sql: { text: string; values: unknown[] }) {
  return { sql: sql.text, params: sql.values }
}

/** The cursor that opens page `page` of the acne list (the last row of the page before). */
async function deepCursor(context: BenchContext, page: number): Promise<string> {
  const filters = await resolve(context, ['acne'])
  const sql = storyListSql(filters, { limit: (page - 1) * PAGE_SIZE, now: new Date() })
  const rows = await context.query<{ id: number }>(sql.text, sql.values)
  const last = rows.at(-1)
  if (!last) throw new Error(`fewer than ${(page - 1) * PAGE_SIZE} acne stories: seed a larger --scale`)
  const [row] = await context.query<{ ms: string }>('SELECT (extract(epoch FROM "createdAt") * 1000)::bigint AS ms FROM "Post" WHERE id = $1', [last.id])
  return encodeCursor({ sort: 'new', key: Number(row!.ms), id: last.id })
}

export const scenarios: BenchScenario[] = [
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
      return [toExplain(storyListSql(filters, { limit: PAGE_SIZE + 1, now: new Date() })), toExplain(facetCountsSql(filters, new Date()))]
    },
  },
  {
    name: 'list: acne page 1',
    path: () => '/stories?tag=acne',
    targets: LIST_TARGETS,
    explain: async (context) => {
      const filters = await resolve(context, ['acne'])
      return [toExplain(storyListSql(filters, { limit: PAGE_SIZE + 1, now: new Date() })), toExplain(facetCountsSql(filters, new Date()))]
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
      return [toExplain(storyListSql(filters, { cursor, limit: PAGE_SIZE + 1, now: new Date() }))]
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
  },
]
