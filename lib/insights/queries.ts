// Insights reads: all of them from the "InsightPair" summary (kept by database triggers, see
// the insights_summary migration), so a page costs a few index lookups at any scale. Pairs a
// bulk write left stale are recomputed here before they are shown.
import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { TagCategory } from '../generated/prisma/enums'
import { compareByEvidence, MAX_COMPARE, MIN_REPORTS, toEvidence, type Evidence, type PairCounts } from './policies'

export interface TagRef {
  id: number
  slug: string
  name: string
  category: TagCategory | null
}

/** One condition × intervention pair as published: everything over all contributors, and the
 * same restricted to contributors whose counted story reported this as their only change. */
export interface PairEvidence {
  tag: TagRef
  overall: Evidence
  onlyChange: Evidence
}

export interface PairList {
  /** Enough reports, best first (lower bound of the helped interval). */
  ranked: PairEvidence[]
  /** Reported, but by fewer than MIN_REPORTS contributors: names only. */
  tooFew: TagRef[]
}

interface PairRow {
  tagId: number
  slug: string
  name: string
  category: TagCategory | null
  stale: boolean
  contributors: number
  helped: number
  worse: number
  weeksReports: number
  medianWeeks: number | null
  helpedWeeksReports: number
  medianWeeksHelped: number | null
  onlyContributors: number
  onlyHelped: number
  onlyWorse: number
  onlyWeeksReports: number
  onlyMedianWeeks: number | null
  onlyHelpedWeeksReports: number
  onlyMedianWeeksHelped: number | null
}

type Side = 'condition' | 'intervention'

/** `only`: slugs of the other side to keep (the compare view), resolved in the same statement. */
function selectPairs(side: Side, tagId: number, only: string[] | null): Promise<PairRow[]> {
  // The other side of the pair is what the page lists.
  const [own, other] =
    side === 'condition'
      ? [Prisma.sql`ip."conditionId"`, Prisma.sql`ip."interventionId"`]
      : [Prisma.sql`ip."interventionId"`, Prisma.sql`ip."conditionId"`]
  const restrict = only ? Prisma.sql` AND t.slug = ANY(${only}::text[])` : Prisma.empty
  return db.$queryRaw<PairRow[]>`
    SELECT t.id AS "tagId", t.slug, t.name, t.category, ip.stale,
           ip.contributors, ip.helped, ip.worse,
           ip."weeksReports", ip."medianWeeks", ip."helpedWeeksReports", ip."medianWeeksHelped",
           ip."onlyContributors", ip."onlyHelped", ip."onlyWorse",
           ip."onlyWeeksReports", ip."onlyMedianWeeks", ip."onlyHelpedWeeksReports", ip."onlyMedianWeeksHelped"
    FROM "InsightPair" ip
    JOIN "Tag" t ON t.id = ${other}
    WHERE ${own} = ${tagId}${restrict}`
}

async function loadPairs(side: Side, tagId: number, only: string[] | null = null): Promise<PairRow[]> {
  const rows = await selectPairs(side, tagId, only)
  if (!rows.some((row) => row.stale)) return rows
  await (side === 'condition'
    ? db.$queryRaw`SELECT insights_refresh_stale(${tagId}::int, NULL::int)`
    : db.$queryRaw`SELECT insights_refresh_stale(NULL::int, ${tagId}::int)`)
  return selectPairs(side, tagId, only)
}

function toPairEvidence(row: PairRow): PairEvidence {
  const overall: PairCounts = {
    contributors: row.contributors,
    helped: row.helped,
    worse: row.worse,
    weeksReports: row.weeksReports,
    medianWeeks: row.medianWeeks,
    helpedWeeksReports: row.helpedWeeksReports,
    medianWeeksHelped: row.medianWeeksHelped,
  }
  const onlyChange: PairCounts = {
    contributors: row.onlyContributors,
    helped: row.onlyHelped,
    worse: row.onlyWorse,
    weeksReports: row.onlyWeeksReports,
    medianWeeks: row.onlyMedianWeeks,
    helpedWeeksReports: row.onlyHelpedWeeksReports,
    medianWeeksHelped: row.onlyMedianWeeksHelped,
  }
  return {
    tag: { id: row.tagId, slug: row.slug, name: row.name, category: row.category },
    overall: toEvidence(overall),
    onlyChange: toEvidence(onlyChange),
  }
}

function toPairList(rows: PairRow[]): PairList {
  const pairs = rows.filter((row) => row.contributors > 0).map(toPairEvidence)
  const sorted = pairs
    .map((pair) => ({ pair, name: pair.tag.name, evidence: pair.overall }))
    .sort(compareByEvidence)
    .map((entry) => entry.pair)
  return {
    ranked: sorted.filter((pair) => pair.overall.enough),
    tooFew: sorted.filter((pair) => !pair.overall.enough).map((pair) => pair.tag),
  }
}

/** Every intervention reported for a condition, ranked. */
export const getConditionInsights = cache(async (conditionId: number): Promise<PairList> => {
  return toPairList(await loadPairs('condition', conditionId))
})

/** Every condition an intervention was reported for, ranked the same way. */
export const getInterventionInsights = cache(async (interventionId: number): Promise<PairList> => {
  return toPairList(await loadPairs('intervention', interventionId))
})

/** Up to MAX_COMPARE interventions (by slug) for one condition, in the order asked for, in one
 * statement. Unknown slugs and interventions nobody reported for the condition are left out. */
export async function compareInterventions(conditionId: number, interventionSlugs: string[]): Promise<PairEvidence[]> {
  const slugs = [...new Set(interventionSlugs)].slice(0, MAX_COMPARE)
  if (!slugs.length) return []
  const rows = await loadPairs('condition', conditionId, slugs)
  const bySlug = new Map(rows.filter((row) => row.contributors > 0).map((row) => [row.slug, toPairEvidence(row)]))
  return slugs.flatMap((slug) => bySlug.get(slug) ?? [])
}

export interface ConditionSummary {
  slug: string
  name: string
  /** Interventions with enough reports to be ranked. */
  ranked: number
  /** Interventions reported at all. */
  reported: number
}

function selectConditionSummaries() {
  return db.$queryRaw<(ConditionSummary & { stale: boolean })[]>`
    SELECT t.slug, t.name,
           count(ip."conditionId") FILTER (WHERE ip.contributors >= ${MIN_REPORTS})::int AS ranked,
           count(ip."conditionId") FILTER (WHERE ip.contributors > 0)::int AS reported,
           coalesce(bool_or(ip.stale), false) AS stale
    FROM "Tag" t
    LEFT JOIN "InsightPair" ip ON ip."conditionId" = t.id
    WHERE t.kind = 'CONDITION'
    GROUP BY t.id, t.slug, t.name
    ORDER BY ranked DESC, t.name`
}

/** All conditions for the insights index, with how much there is to see for each: one statement,
 * unless a bulk write left pairs stale. */
export async function listInsightConditions(): Promise<ConditionSummary[]> {
  let rows = await selectConditionSummaries()
  if (rows.some((row) => row.stale)) {
    await db.$queryRaw`SELECT insights_refresh_stale(NULL::int, NULL::int)`
    rows = await selectConditionSummaries()
  }
  return rows.map(({ slug, name, ranked, reported }) => ({ slug, name, ranked, reported }))
}
