import type { Metadata } from 'next'
import { InsightsPageHeader } from '@/components/insights/page-header'
import { EvidenceTable, TooFewReports } from '@/components/insights/evidence-table'
import { figureLinks, showingAll } from '@/lib/insights/links'
import { MIN_REPORTS, TOP_SHOWN } from '@/lib/insights/policies'
import { getInterventionInsights } from '@/lib/insights/queries'
import { showAllInput } from '@/lib/insights/schemas'
import { paths } from '@/lib/paths'
import { getTagForPage } from '@/lib/tags/queries'

interface Props {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

function load(props: Props) {
  return props.params.then((params) => getTagForPage(params.slug, paths.insightsIntervention, 'INTERVENTION'))
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const tag = await load(props)
  return { title: `What ${tag.name} helped with` }
}

export default async function InterventionInsightsPage(props: Props) {
  const intervention = await load(props)
  const all = showAllInput((await props.searchParams).all)
  const { ranked, tooFew } = await getInterventionInsights(intervention.id)
  const shown = all ? ranked : ranked.slice(0, TOP_SHOWN)
  const page = paths.insightsIntervention(intervention.slug)
  return (
    <div className="space-y-8">
      <InsightsPageHeader back={{ href: paths.insights(), label: "What helped" }} title={<>{intervention.name}: what members say it helped with</>}>
        For each condition, how many members who tried {intervention.name.toLowerCase()} said it helped, and
        how long those it helped had tried it.
      </InsightsPageHeader>
      {ranked.length ? (
        <section aria-labelledby="ranking-title" className="space-y-3">
          <h2 id="ranking-title" className="text-xl font-semibold">
            {shown.length < ranked.length ? `The ${shown.length} best supported of ${ranked.length} conditions` : 'By condition'}
          </h2>
          <EvidenceTable
            caption={`${intervention.name}: conditions with at least ${MIN_REPORTS} members reporting, best supported first`}
            legend={`Bar: the band is the 95% interval, the thick mark the share who said it helped or helped a lot. Each number opens the stories behind it. "Only change" counts members for whom it was the only change they made.`}
            nameHeader="Condition"
            pairs={shown}
            pageFor={(pair) => paths.insightsCondition(pair.tag.slug)}
            linksFor={(pair, scope) => figureLinks(scope === 'all' ? pair.overall : pair.onlyChange, pair.tag.slug, intervention.slug, scope)}
            median="helped"
          />
          {shown.length < ranked.length ? (
            <p className="text-sm">
              <a href={showingAll(page)} className="text-accent underline">Show all {ranked.length} conditions</a>
            </p>
          ) : (
            all &&
            ranked.length > TOP_SHOWN && (
              <p className="text-sm">
                <a href={page} className="text-accent underline">Show the {TOP_SHOWN} best supported only</a>
              </p>
            )
          )}
        </section>
      ) : (
        <p className="text-muted">No condition has {MIN_REPORTS} or more members reporting on {intervention.name.toLowerCase()} yet.</p>
      )}
      <TooFewReports names={tooFew} minReports={MIN_REPORTS} />
    </div>
  )
}
