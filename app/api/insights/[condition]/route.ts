// GET /api/insights/<condition>: the numbers of /insights/<condition> as JSON.
import { NextResponse } from 'next/server'
import { NotFoundError } from '@/lib/api/errors'
import { withRoute } from '@/lib/api/route'
import { CAVEAT } from '@/lib/insights/caveat'
import { figureLinks } from '@/lib/insights/links'
import { MIN_REPORTS, type Evidence } from '@/lib/insights/policies'
import { getConditionInsights } from '@/lib/insights/queries'
import { conditionParamsSchema } from '@/lib/insights/schemas'
import { getTag } from '@/lib/tags/queries'

function figures(evidence: Evidence) {
  if (!evidence.enough) return null
  return {
    contributors: evidence.contributors,
    helped: evidence.helped,
    worse: evidence.worse,
    medianWeeks: evidence.medianWeeks,
    medianWeeksHelped: evidence.medianWeeksHelped,
  }
}

export const GET = withRoute({ params: conditionParamsSchema }, async ({ params: { condition } }) => {
  const tag = await getTag(condition)
  if (!tag || tag.kind !== 'CONDITION') throw new NotFoundError(`No condition is called "${condition}"`)
  const insights = await getConditionInsights(tag.id)
  return NextResponse.json({
    condition: { slug: tag.slug, name: tag.name },
    about: CAVEAT,
    minReports: MIN_REPORTS,
    interventions: insights.ranked.map((pair) => ({
      slug: pair.tag.slug,
      name: pair.tag.name,
      category: pair.tag.category,
      ...figures(pair.overall),
      stories: figureLinks(pair.overall, tag.slug, pair.tag.slug),
      // Under MIN_REPORTS only-change contributors: null, with no stories to open either.
      onlyChange: pair.onlyChange.enough
        ? { ...figures(pair.onlyChange), stories: figureLinks(pair.onlyChange, tag.slug, pair.tag.slug, 'only-change') }
        : null,
    })),
    tooFewReports: insights.tooFew.map((t) => ({ slug: t.slug, name: t.name })),
  })
})
