// The SQL of the story list and its facet counts, apart from the database client so the
// benchmark can EXPLAIN ANALYZE exactly what the pages run.
import { Prisma } from '../generated/prisma/client'
import type { TagKind } from '../generated/prisma/enums'
import { OUTCOME_GROUP_NUMBERS } from '../outcomes'
import { publicSql } from '../visibility-sql'
import type { ListCursor } from './cursor'
import { outcomesFor, windowStart } from './filters'
import type { StoryFilters, StorySort } from './schemas'

/** Facet counts are taken over at most this many of the newest matches: counting co-occurring
 * tags over all 70,000 acne stories at a million stories takes seconds, over 500 a few ms. */
export const FACET_SAMPLE_SIZE = 500

/** "tagIds" also holds, per intervention, its outcome group as id + OUTCOME_FACT_STEP × group and,
 * when it was the only change, -id (see the migration post_tag_ids and decision 006). */
export const OUTCOME_FACT_STEP = 16_777_216

/** How many rows of the sort order a tag-filtered list reads before it gives up on walking them
 * (decision 006): tags on at least ~0.2% of recent stories fill a page within this many rows (at
 * most ~6 ms at a million stories); rarer combinations then go through the GIN index on "tagIds",
 * where they match at most ~0.2% of the stories (a few ms to sort). */
export const TAG_WINDOW_ROWS = 10_000
/** The window of the facet sample (up to FACET_SAMPLE_SIZE matches), read whole to know whether it
 * was full: ~8 ms at a million stories, and pages keep the counts a minute. */
export const FACET_WINDOW_ROWS = 5_000

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

/** How a tag-filtered list finds its rows: walk the sort index newest first and keep the rows
 * whose "tagIds" contain the tags (`window`, reading at most `windowRows` rows), or intersect the
 * tags in the GIN index and sort what matches (`index`). */
export type TagPlan = { kind: 'window'; windowRows: number } | { kind: 'index' }

const SORT_COLUMNS: Record<StorySort, Prisma.Sql> = {
  new: Prisma.sql`p."createdAt"`,
  active: Prisma.sql`p."lastActivityAt"`,
  top: Prisma.sql`p."helpfulCount"`,
}

const SORT_NAMES: Record<StorySort, Prisma.Sql> = {
  new: Prisma.sql`"createdAt"`,
  active: Prisma.sql`"lastActivityAt"`,
  top: Prisma.sql`"helpfulCount"`,
}

/** Conditions on the post's own columns (who may see it, kind, time window), against "Post"
 * aliased p. `scope`: the public posts (lib/visibility.ts) unless the caller narrows it. */
function postConditions(filters: ResolvedFilters, now: Date, scope = publicSql('p')): Prisma.Sql[] {
  const where = [scope]
  if (filters.kind === 'story') where.push(Prisma.sql`p.kind = 'STORY'`)
  if (filters.kind === 'discussion') where.push(Prisma.sql`p.kind = 'DISCUSSION'`)
  if (filters.kind === 'question') where.push(Prisma.sql`EXISTS (SELECT 1 FROM "ArticleQuestion" aq WHERE aq."threadId" = p.id)`)
  const since = windowStart(filters.t, now)
  if (since) where.push(Prisma.sql`p."createdAt" >= ${since.toISOString()}::timestamp`)
  return where
}

/** The values "tagIds" must contain: each chosen tag, and for each chosen intervention the chosen
 * outcome group and "only change" (OUTCOME_FACT_STEP). */
export function requiredFacts(filters: ResolvedFilters): number[] {
  const facts: number[] = []
  for (const tag of filters.tags) {
    facts.push(tag.id)
    if (tag.kind !== 'INTERVENTION') continue
    if (filters.outcome !== 'any') facts.push(tag.id + OUTCOME_FACT_STEP * OUTCOME_GROUP_NUMBERS[filters.outcome])
    if (filters.onlyChange) facts.push(-tag.id)
  }
  return facts
}

/** Conditions on the post's tags, against p.id and p."tagIds". Tags combine with AND; with an
 * outcome chosen, every chosen intervention must carry it (the newest outcome, the one that
 * counts), and with "only change" every chosen intervention must have been the only change its
 * author made: all one containment test on "tagIds". Without a chosen intervention, any
 * intervention will do (an EXISTS on "PostTag"). */
function tagConditions(filters: ResolvedFilters): Prisma.Sql[] {
  const where: Prisma.Sql[] = []
  const facts = requiredFacts(filters)
  // One cast parameter per value: the embedded database's driver sends arrays as plain text.
  if (facts.length) where.push(Prisma.sql`p."tagIds" @> ARRAY[${Prisma.join(facts.map((f) => Prisma.sql`${f}::int`))}]`)
  if (filters.tags.some((t) => t.kind === 'INTERVENTION')) return where
  const chosen = outcomesFor(filters.outcome)
  const extra = [
    ...(chosen ? [Prisma.sql`pt.outcome IN (${Prisma.join(chosen.map((outcome) => Prisma.sql`${outcome}::"Outcome"`))})`] : []),
    ...(filters.onlyChange ? [Prisma.sql`pt."onlyChange"`] : []),
  ]
  if (extra.length) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "PostTag" pt WHERE pt."postId" = p.id AND pt."tagKind" = 'INTERVENTION' AND ${Prisma.join(extra, ' AND ')})`)
  }
  return where
}

/** The WHERE clauses for the filters, against "Post" aliased as p (search uses them too, with
 * the stricter scope readablePostSql). */
export function filterConditions(filters: ResolvedFilters, now: Date, scope?: Prisma.Sql): Prisma.Sql[] {
  return [...postConditions(filters, now, scope), ...tagConditions(filters)]
}

function cursorCondition(cursor: ListCursor): Prisma.Sql {
  const key = cursor.sort === 'top' ? Prisma.sql`${cursor.key}::int` : Prisma.sql`${new Date(cursor.key).toISOString()}::timestamp`
  // A row comparison the (status, key DESC, id DESC) indexes answer as a range scan.
  return Prisma.sql`(${SORT_COLUMNS[cursor.sort]}, p.id) < (${key}, ${cursor.id}::int)`
}

export interface ListSqlOptions {
  cursor?: ListCursor
  limit: number
  now: Date
  /** Only for lists filtered by tags; the window plan when left out. */
  plan?: TagPlan
}

/** Whether the list's tag conditions decide its plan (see TagPlan). */
export function usesTagPlan(filters: ResolvedFilters): boolean {
  return filters.tags.length > 0
}

/** The SQL of one page of the list (exported for the benchmark's EXPLAIN ANALYZE): `id` and
 * `tagIds` of each row. */
export function storyListSql(filters: ResolvedFilters, options: ListSqlOptions): Prisma.Sql {
  const base = postConditions(filters, options.now)
  if (options.cursor) base.push(cursorCondition(options.cursor))
  const tagged = tagConditions(filters)
  const column = SORT_COLUMNS[filters.sort]
  const order = Prisma.sql`${column} DESC, p.id DESC`
  if (!usesTagPlan(filters)) {
    return Prisma.sql`
      SELECT p.id, p."tagIds" FROM "Post" p
      WHERE ${Prisma.join([...base, ...tagged], ' AND ')}
      ORDER BY ${order}
      LIMIT ${options.limit}::int`
  }
  const plan = options.plan ?? { kind: 'window', windowRows: TAG_WINDOW_ROWS }
  if (plan.kind === 'window') {
    // The newest rows by the sort index, then the tag test on each: cheap when the tags are common.
    // Not materialized: the outer LIMIT stops the index scan as soon as a page is found.
    return Prisma.sql`
      SELECT p.id, p."tagIds" FROM (
        SELECT p.id, p."tagIds", ${column} FROM "Post" p
        WHERE ${Prisma.join(base, ' AND ')}
        ORDER BY ${order}
        LIMIT ${plan.windowRows}::int
      ) p
      WHERE ${Prisma.join(tagged, ' AND ')}
      ORDER BY p.${SORT_NAMES[filters.sort]} DESC, p.id DESC
      LIMIT ${options.limit}::int`
  }
  // OFFSET 0 keeps the planner from walking the sort index for the inner query: it intersects the
  // tags in the GIN index on "tagIds", and only the matches are sorted.
  return Prisma.sql`
    SELECT p.id, p."tagIds" FROM (
      SELECT p.id, p."tagIds", ${column} FROM "Post" p
      WHERE ${Prisma.join([...base, ...tagged], ' AND ')}
      OFFSET 0
    ) p
    ORDER BY p.${SORT_NAMES[filters.sort]} DESC, p.id DESC
    LIMIT ${options.limit}::int`
}

/** The facet counts over the newest FACET_SAMPLE_SIZE matches (a window of FACET_WINDOW_ROWS newest
 * rows, or the GIN index for rare tags), from each row's "tagIds" (tag ids only): no join to
 * "PostTag". `windowRows` tells whether the window was full (then the counts cover its matches). */
export function facetCountsSql(filters: ResolvedFilters, now: Date, plan?: TagPlan): Prisma.Sql {
  const matches =
    plan?.kind === 'window'
      ? Prisma.sql`
        WITH w AS MATERIALIZED (
          SELECT p.id, p."tagIds", p."createdAt" FROM "Post" p
          WHERE ${Prisma.join(postConditions(filters, now), ' AND ')}
          ORDER BY p."createdAt" DESC, p.id DESC
          LIMIT ${plan.windowRows}::int
        )
        SELECT p.id, p."tagIds", (SELECT count(*) FROM w)::int AS "windowRows" FROM w p
        WHERE ${Prisma.join(tagConditions(filters), ' AND ')}
        ORDER BY p."createdAt" DESC, p.id DESC
        LIMIT ${FACET_SAMPLE_SIZE}::int`
      : Prisma.sql`SELECT l.id, l."tagIds", NULL::int AS "windowRows" FROM (${storyListSql({ ...filters, sort: 'new' }, { limit: FACET_SAMPLE_SIZE, now, plan })}) l`
  return Prisma.sql`
    WITH matches AS MATERIALIZED (${matches})
    SELECT t.id AS "tagId", count(*)::int AS n, (SELECT count(*) FROM matches)::int AS total,
           (SELECT max("windowRows") FROM matches)::int AS "windowRows"
    FROM matches m, unnest(m."tagIds") AS t(id)
    WHERE t.id > 0 AND t.id < ${OUTCOME_FACT_STEP}::int
    GROUP BY t.id`
}
