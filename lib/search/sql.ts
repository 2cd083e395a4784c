// The search query, apart from the database client so the benchmark can EXPLAIN ANALYZE it.
import { Prisma } from '../generated/prisma/client'
import { filterConditions, type ResolvedFilters } from '../discovery/sql'
import type { Viewer } from '../viewer'
import { publicSql, readablePostSql } from '../visibility-sql'
import { HIT_END, HIT_START } from './schemas'

/** Matches ranked per search, from posts and from comments each. Ranking reads every candidate's
 * tsvector (~2 ms per 1,000 at a million stories), so a common word must not rank them all. */
export const SEARCH_CANDIDATE_CAP = 1_000
export const SEARCH_RESULTS_SHOWN = 20
/** A story whose replies match ranks a little above one that only mentions the word once. */
const COMMENT_MATCH_BONUS = 0.05
const HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`
const TITLE_HEADLINE_OPTIONS = `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`

export interface SearchRow {
  id: number
  inPost: boolean
  titleHeadline: string
  bodyHeadline: string | null
  postHits: number
  commentHits: number
}

/** The ranking query (exported for the benchmark's EXPLAIN ANALYZE). */
export function searchSql(text: string, filters: ResolvedFilters, viewer: Viewer, now: Date): Prisma.Sql {
  const query = Prisma.sql`websearch_to_tsquery('english', ${text})`
  // Anonymous visitors see members-only stories as a title and an excerpt: their words and
  // replies must not be findable either.
  const where = filterConditions(filters, now, readablePostSql(viewer, 'p'))
  const conditions = Prisma.join(where, ' AND ')
  return Prisma.sql`
    WITH post_hits AS MATERIALIZED (
      SELECT p.id FROM "Post" p
      WHERE p."searchVector" @@ ${query} AND ${conditions}
      LIMIT ${SEARCH_CANDIDATE_CAP}::int
    ),
    comment_hits AS MATERIALIZED (
      SELECT DISTINCT c."postId" AS id FROM (
        SELECT c."postId" FROM "Comment" c
        WHERE c."searchVector" @@ ${query} AND ${publicSql('c')}
        LIMIT ${SEARCH_CANDIDATE_CAP}::int
      ) c
    ),
    ranked AS (
      SELECT p.id, p.title, p.body, p."searchVector" @@ ${query} AS "inPost",
             ts_rank(p."searchVector", ${query}) + CASE WHEN ch.id IS NULL THEN 0 ELSE ${COMMENT_MATCH_BONUS}::float4 END AS rank
      FROM (SELECT id FROM post_hits UNION SELECT id FROM comment_hits) candidate
      JOIN "Post" p ON p.id = candidate.id
      LEFT JOIN comment_hits ch ON ch.id = candidate.id
      WHERE ${conditions}
      ORDER BY rank DESC, p.id DESC
      LIMIT ${SEARCH_RESULTS_SHOWN}::int
    )
    SELECT r.id, r."inPost",
           ts_headline('english', r.title, ${query}, ${TITLE_HEADLINE_OPTIONS}) AS "titleHeadline",
           ts_headline('english', coalesce(CASE WHEN r."inPost" THEN r.body END, best.body, ''), ${query}, ${HEADLINE_OPTIONS}) AS "bodyHeadline",
           (SELECT count(*) FROM post_hits)::int AS "postHits",
           (SELECT count(*) FROM comment_hits)::int AS "commentHits"
    FROM ranked r
    LEFT JOIN LATERAL (
      SELECT c.body FROM "Comment" c
      WHERE NOT r."inPost" AND c."postId" = r.id AND c."searchVector" @@ ${query} AND ${publicSql('c')}
      ORDER BY ts_rank(c."searchVector", ${query}) DESC, c.id
      LIMIT 1
    ) best ON true
    ORDER BY r.rank DESC, r.id DESC`
}

