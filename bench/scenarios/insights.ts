// Insights at scale: the pages read the "InsightPair" summary (kept by triggers), so their
// database time is a couple of index lookups whatever the number of stories.
import type { BenchContext, BenchScenario } from './types'

const CONDITION = 'acne'
const INTERVENTION = 'multi-strain-probiotic'
const COMPARE = ['multi-strain-probiotic', 'less-refined-sugar', 'zinc']

async function tagId(context: BenchContext, slug: string): Promise<number> {
  const [row] = await context.query<{ id: number }>('SELECT id FROM "Tag" WHERE slug = $1', [slug])
  if (!row) throw new Error(`bench: no tag "${slug}" (seed the database first)`)
  return row.id
}

// The same statement as lib/insights/queries.ts selectPairs, one side or the other.
const pairsSql = (own: 'conditionId' | 'interventionId', other: 'conditionId' | 'interventionId') => `
  SELECT t.id AS "tagId", t.slug, t.name, t.category, ip.stale, ip.contributors, ip.helped, ip.worse,
         ip."weeksReports", ip."medianWeeks", ip."helpedWeeksReports", ip."medianWeeksHelped",
         ip."onlyContributors", ip."onlyHelped", ip."onlyWorse", ip."onlyWeeksReports", ip."onlyMedianWeeks",
         ip."onlyHelpedWeeksReports", ip."onlyMedianWeeksHelped"
  FROM "InsightPair" ip JOIN "Tag" t ON t.id = ip."${other}"
  WHERE ip."${own}" = $1`

const conditionExplain = async (context: BenchContext) => [{ sql: pairsSql('conditionId', 'interventionId'), params: [await tagId(context, CONDITION)] }]

export const scenarios: BenchScenario[] = [
  {
    name: 'insights: index',
    path: () => '/insights',
    targets: { p99Ms: 100 },
    explain: () => [
      {
        sql: `SELECT t.slug, t.name, count(ip."conditionId") FILTER (WHERE ip.contributors >= 5)::int AS ranked,
                     count(ip."conditionId") FILTER (WHERE ip.contributors > 0)::int AS reported
              FROM "Tag" t LEFT JOIN "InsightPair" ip ON ip."conditionId" = t.id
              WHERE t.kind = 'CONDITION' GROUP BY t.id, t.slug, t.name ORDER BY ranked DESC, t.name`,
      },
    ],
  },
  { name: `insights: ${CONDITION}`, path: () => `/insights/${CONDITION}`, targets: { p99Ms: 100 }, explain: conditionExplain },
  {
    name: `insights: intervention ${INTERVENTION}`,
    path: () => `/insights/intervention/${INTERVENTION}`,
    targets: { p99Ms: 100 },
    explain: async (context) => [{ sql: pairsSql('interventionId', 'conditionId'), params: [await tagId(context, INTERVENTION)] }],
  },
  {
    name: `insights: compare for ${CONDITION}`,
    path: () => `/insights/${CONDITION}/compare?${new URLSearchParams(COMPARE.map((slug) => ['i', slug]))}`,
    targets: { p99Ms: 100 },
    explain: async (context) => [
      {
        sql: `${pairsSql('conditionId', 'interventionId')} AND ip."interventionId" = ANY($2::int[])`,
        params: [await tagId(context, CONDITION), await Promise.all(COMPARE.map((slug) => tagId(context, slug)))],
      },
    ],
  },
  { name: `insights API: ${CONDITION}`, path: () => `/api/insights/${CONDITION}`, targets: { p99Ms: 100 }, explain: conditionExplain },
]
