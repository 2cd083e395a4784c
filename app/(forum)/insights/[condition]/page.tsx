import type { Metadata } from 'next'
import { InsightsPageHeader } from '@/components/insights/page-header'
import { EvidenceTable, TooFewReports } from '@/components/insights/evidence-table'
import { figureLinks, showingAll } from '@/lib/insights/links'
import { MAX_COMPARE, MIN_COMPARE, MIN_REPORTS, TOP_SHOWN } from '@/lib/insights/policies'
import { getConditionInsights } from '@/lib/insights/queries'
import { showAllInput } from '@/lib/insights/schemas'
import { paths } from '@/lib/paths'
import { getTagForPage } from '@/lib/tags/queries'

interface Props {
  params: Promise<{ condition: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function load(props: Props) {
  return props.params.then((params) => getTagForPage(params.condition, paths.insightsCondition, 'CONDITION'))
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const tag = await load(props)
  return { title: `What helped: ${tag.name}`, description: `What members with ${tag.name.toLowerCase()} tried, and how many said it helped.` }
}

export default async function ConditionInsightsPage(props: Props) {
  const condition = await load(props)
  const all = showAllInput((await props.searchParams).all)
  const { ranked, tooFew } = await getConditionInsights(condition.id)
  const shown = all ? ranked : ranked.slice(0, TOP_SHOWN)
  const page = paths.insightsCondition(condition.slug)
  return (
    <div className="space-y-8">
      <InsightsPageHeader back={{ href: paths.insights(), label: "What helped" }} title={<>What helped for {condition.name}</>}>
        Everything members with {condition.name.toLowerCase()} tried, ranked by how sure we can be that
        it helped: the low end of the 95% interval, so a handful of lucky reports does not outrank hundreds.
        Each member counts once per intervention, by their latest story.
      </InsightsPageHeader>
      {ranked.length ? (
        <section aria-labelledby="ranking-title" className="space-y-3">
          <h2 id="ranking-title" className="text-xl font-semibold">
            {shown.length < ranked.length ? `The ${shown.length} best supported of ${ranked.length} interventions` : 'What members tried'}
          </h2>
          <form action={paths.insightsCompare(condition.slug, [])} method="get" className="space-y-3">
            <EvidenceTable
              caption={`${condition.name}: interventions with at least ${MIN_REPORTS} members reporting, best supported first`}
              legend={`Bar: the band is the 95% interval (with this many reports, the true share is likely inside it), the thick mark the share who said it helped or helped a lot. Each number opens the stories behind it. "Only change" counts members for whom it was the only change they made.`}
              nameHeader="Intervention"
              pairs={shown}
              pageFor={(pair) => paths.insightsIntervention(pair.tag.slug)}
              linksFor={(pair, scope) => figureLinks(scope === 'all' ? pair.overall : pair.onlyChange, condition.slug, pair.tag.slug, scope)}
              median="all"
              compare={ranked.length >= MIN_COMPARE}
            />
            <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
              {ranked.length >= MIN_COMPARE && (
                <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink hover:opacity-90">
                  Compare the ones you ticked
                </button>
              )}
              {ranked.length >= MIN_COMPARE && <span className="text-muted">Tick {MIN_COMPARE} or {MAX_COMPARE} to see them side by side.</span>}
              {shown.length < ranked.length ? (
                <a href={showingAll(page)} className="text-accent underline">Show all {ranked.length} interventions</a>
              ) : (
                all && ranked.length > TOP_SHOWN && <a href={page} className="text-accent underline">Show the {TOP_SHOWN} best supported only</a>
              )}
            </div>
          </form>
        </section>
      ) : (
        <p className="text-muted">
          No intervention has been reported by {MIN_REPORTS} or more members with {condition.name.toLowerCase()} yet.
        </p>
      )}
      <TooFewReports names={tooFew} minReports={MIN_REPORTS} />
      <p className="text-sm">
        <a href={paths.apiInsights(condition.slug)} className="text-accent underline">These numbers as JSON</a>
      </p>
    </div>
  )
}
