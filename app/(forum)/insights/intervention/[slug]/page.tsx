import type { Metadata } from 'next'
import Link from 'next/link'
import { InsightsCaveat } from '@/components/insights/caveat'
import { EvidenceChart } from '@/components/insights/evidence-chart'
import { EvidenceTable, TooFewReports } from '@/components/insights/evidence-table'
import { storiesBehind } from '@/lib/insights/links'
import { MIN_REPORTS } from '@/lib/insights/policies'
import { getInterventionInsights } from '@/lib/insights/queries'
import { paths } from '@/lib/paths'
import { getTagForPage } from '@/lib/tags/queries'

interface Props {
  params: Promise<{ slug: string }>
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
  const { ranked, tooFew } = await getInterventionInsights(intervention.id)
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">
          <Link href={paths.insights()} className="hover:underline">What helped</Link>
        </p>
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{intervention.name}: what members say it helped with</h1>
        <p className="text-muted">
          For each condition, how many members who tried {intervention.name.toLowerCase()} said it helped, and
          how long those it helped had tried it.
        </p>
      </header>
      <InsightsCaveat />
      {ranked.length ? (
        <>
          <section aria-labelledby="chart-title" className="space-y-3">
            <h2 id="chart-title" className="text-xl font-semibold">Share who said it helped, by condition</h2>
            <EvidenceChart
              pairs={ranked}
              hrefFor={(pair) => paths.insightsCondition(pair.tag.slug)}
              caption="Thick mark: the share who said it helped or helped a lot. Band: the 95% interval."
            />
          </section>
          <section aria-labelledby="table-title" className="space-y-3">
            <h2 id="table-title" className="text-xl font-semibold">The numbers</h2>
            <EvidenceTable
              caption={`${intervention.name}: conditions with at least ${MIN_REPORTS} members reporting. Each number opens the stories behind it.`}
              nameHeader="Condition"
              pairs={ranked}
              pageFor={(pair) => paths.insightsCondition(pair.tag.slug)}
              storiesFor={(pair, outcome) => storiesBehind(pair.tag.slug, intervention.slug, outcome)}
              median="helped"
            />
          </section>
        </>
      ) : (
        <p className="text-muted">No condition has {MIN_REPORTS} or more members reporting on {intervention.name.toLowerCase()} yet.</p>
      )}
      <TooFewReports names={tooFew} minReports={MIN_REPORTS} />
    </div>
  )
}
