import type { Metadata } from 'next'
import Link from 'next/link'
import { InsightsCaveat } from '@/components/insights/caveat'
import { EvidenceChart } from '@/components/insights/evidence-chart'
import { EvidenceTable, TooFewReports } from '@/components/insights/evidence-table'
import { storiesBehind } from '@/lib/insights/links'
import { MAX_COMPARE, MIN_COMPARE, MIN_REPORTS } from '@/lib/insights/policies'
import { getConditionInsights } from '@/lib/insights/queries'
import { paths } from '@/lib/paths'
import { getTagForPage } from '@/lib/tags/queries'

interface Props {
  params: Promise<{ condition: string }>
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
  const { ranked, tooFew } = await getConditionInsights(condition.id)
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">
          <Link href={paths.insights()} className="hover:underline">What helped</Link>
        </p>
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">What helped for {condition.name}</h1>
        <p className="text-muted">
          Everything members with {condition.name.toLowerCase()} tried, ranked by how sure we can be that
          it helped: the low end of the 95% interval, so a handful of lucky reports does not outrank hundreds.
          Each member counts once per intervention, by their latest story.
        </p>
      </header>
      <InsightsCaveat />
      {ranked.length ? (
        <>
          <section aria-labelledby="chart-title" className="space-y-3">
            <h2 id="chart-title" className="text-xl font-semibold">Share who said it helped</h2>
            <EvidenceChart
              pairs={ranked}
              hrefFor={(pair) => paths.insightsIntervention(pair.tag.slug)}
              caption="Thick mark: the share who said it helped or helped a lot. Band: the 95% interval: with this many reports, the true share is likely inside it."
            />
          </section>
          <section aria-labelledby="table-title" className="space-y-3">
            <h2 id="table-title" className="text-xl font-semibold">The numbers</h2>
            <EvidenceTable
              caption={`${condition.name}: interventions with at least ${MIN_REPORTS} members reporting. Each number opens the stories behind it. "Only change": members for whom it was the only change they made.`}
              nameHeader="Intervention"
              pairs={ranked}
              pageFor={(pair) => paths.insightsIntervention(pair.tag.slug)}
              storiesFor={(pair, outcome) => storiesBehind(condition.slug, pair.tag.slug, outcome)}
              median="all"
            />
          </section>
          {ranked.length >= MIN_COMPARE && (
            <section aria-labelledby="compare-title" className="space-y-3">
              <h2 id="compare-title" className="text-xl font-semibold">Compare side by side</h2>
              <form action={paths.insightsCompare(condition.slug, [])} method="get" className="space-y-3">
                <fieldset className="space-y-2">
                  <legend className="text-sm text-muted">Choose {MIN_COMPARE} or {MAX_COMPARE} interventions.</legend>
                  <div className="flex flex-wrap gap-x-5 gap-y-2">
                    {ranked.map((pair) => (
                      <label key={pair.tag.id} className="flex items-center gap-2 text-sm">
                        <input type="checkbox" name="i" value={pair.tag.slug} className="h-4 w-4 accent-[var(--color-accent)]" />
                        {pair.tag.name}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink hover:opacity-90">
                  Compare
                </button>
              </form>
            </section>
          )}
        </>
      ) : (
        <p className="text-muted">
          No intervention has been reported by {MIN_REPORTS} or more members with {condition.name.toLowerCase()} yet.
        </p>
      )}
      <TooFewReports names={tooFew} minReports={MIN_REPORTS} />
      <p className="text-sm">
        <Link href={paths.apiInsights(condition.slug)} className="text-accent underline">These numbers as JSON</Link>
      </p>
    </div>
  )
}
