// The SQL of the story list and its facet counts, apart from the database client so the
// benchmark can EXPLAIN ANALYZE exactly what the pages run.
import { Prisma } from '../generated/prisma/client'
import type { TagKind } from '../generated/prisma/enums'
import type { ListCursor } from './cursor'
import { outcomesFor, windowStart } from './filters'
import type { StoryFilters, StorySort } from './schemas'

/** Facet counts are taken over at most this many of the newest matches: counting co-occurring
 * tags over all 70,000 acne stories at a million stories takes seconds, over 2,000 ~100 ms,
 * over 500 about a quarter of that. */
export const FACET_SAMPLE_SIZE = 500

export interface ResolvedTag {
  id: number
  slug: string
  name: string
  kind: TagKind
}

/** Filters with their tags looked up: what the query runs on. */
export interface ResolvedFilters extends StoryFilters {
  tags: ResolvedTag[]
  /** Values in the URL that are neither a tag's slug nor one of its synonyms. */
  unknownTags: string[]
}

const SORT_COLUMNS: Record<StorySort, Prisma.Sql> = {
  new: Prisma.sql`p."createdAt"`,
  active: Prisma.sql`p."lastActivityAt"`,
  top: Prisma.sql`p."helpfulCount"`,
}

/** The WHERE clauses for the filters, against "Post" aliased as p. Shared by the list, the facet
 * counts and search. Tags combine with AND; with an outcome chosen, every chosen intervention
 * must carry it (the newest outcome, the one that counts). */
export function filterConditions(filters: ResolvedFilters, now: Date): Prisma.Sql[] {
  const where = [Prisma.sql`p.status = 'VISIBLE'`, Prisma.sql`p."deletedAt" IS NULL`]
  if (filters.kind === 'story') where.push(Prisma.sql`p.kind = 'STORY'`)
  if (filters.kind === 'discussion') where.push(Prisma.sql`p.kind = 'DISCUSSION'`)
  if (filters.kind === 'question') where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleQuestion" aq WHERE aq."threadId" = p.id)`)
  const since = windowStart(filters.t, now)
  if (since) where.push(Prisma.sql`p."createdAt" >= ${since.toISOString()}::timestamp`)
  const chosen = outcomesFor(filters.outcome)
  // One cast parameter per value: the embedded database's driver sends arrays as plain text.
  const outcomes = chosen && Prisma.join(chosen.map((outcome) => Prisma.sql`${outcome}::"Outcome"`))
  for (const tag of filters.tags) {
    const outcome = outcomes && tag.kind === 'INTERVENTION' ? Prisma.sql` AND pt.outcome IN (${outcomes})` : Prisma.empty
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "PostTag" pt WHERE pt."postId" = p.id AND pt."tagId" = ${tag.id}${outcome})`)
  }
  if (outcomes && !filters.tags.some((t) => t.kind === 'INTERVENTION')) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "PostTag" pt WHERE pt."postId" = p.id AND pt."tagKind" = 'INTERVENTION' AND pt.outcome IN (${outcomes}))`,
    )
  }
  return where
}

function cursorCondition(cursor: ListCursor): Prisma.Sql {
  const key = cursor.sort === 'top' ? Prisma.sql`${cursor.key}::int` : Prisma.sql`${new Date(cursor.key).toISOString()}::timestamp`
  // A row comparison the (status, key DESC, id DESC) indexes answer as a range scan.
  return Prisma.sql`(${SORT_COLUMNS[cursor.sort]}, p.id) < (${key}, ${cursor.id}::int)`
}

/** The SQL of one page of the list (exported for the benchmark's EXPLAIN ANALYZE). */
export function storyListSql(filters: ResolvedFilters, options: { cursor?: ListCursor; limit: number; now: Date }): Prisma.Sql {
  const where = filterConditions(filters, options.now)
  if (options.cursor) where.push(cursorCondition(options.cursor))
  const column = SORT_COLUMNS[filters.sort]
  return Prisma.sql`
    SELECT p.id FROM "Post" p
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${column} DESC, p.id DESC
    LIMIT ${options.limit}::int`
}

/** The SQL of the facet counts (exported for the benchmark). */
export function facetCountsSql(filters: ResolvedFilters, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH matches AS MATERIALIZED (
      ${storyListSql(filters, { limit: FACET_SAMPLE_SIZE, now })}
    )
    SELECT pt."tagId" AS "tagId", count(*)::int AS n, (SELECT count(*) FROM matches)::int AS total
    FROM matches m JOIN "PostTag" pt ON pt."postId" = m.id
    GROUP BY pt."tagId"`
}

