import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { InsightsPageHeader } from '@/components/insights/page-header'
import { IntervalBar } from '@/components/insights/interval-bar'
import { percent, percentRange, weeks } from '@/lib/insights/format'
import { figureLinks, type FigureLinks } from '@/lib/insights/links'
import { MIN_REPORTS, type Evidence } from '@/lib/insights/policies'
import { compareInterventions, type PairEvidence } from '@/lib/insights/queries'
import { compareInput, compareQuerySchema } from '@/lib/insights/schemas'
import { paths } from '@/lib/paths'
import { getTag } from '@/lib/tags/queries'

interface Props {
  params: Promise<{ condition: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const metadata: Metadata = { title: 'Compare what helped' }

/** A count that opens the stories behind it; zero opens nothing. */
function Count({ value, href }: { value: number; href: string | undefined }) {
  return value > 0 && href ? (
    <a href={href} className="font-semibold text-accent underline">
      {value}
    </a>
  ) : (
    value
  )
}

function Figures({ title, evidence, links }: { title: string; evidence: Evidence; links: FigureLinks | null }) {
  return (
    <div className="space-y-2">
      <h3 className="text-sm font-semibold uppercase tracking-wide text-muted">{title}</h3>
      {evidence.enough ? (
        <>
          <IntervalBar share={evidence.helped.share} lower={evidence.helped.lower} upper={evidence.helped.upper} />
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm tabular-nums">
            <dt className="text-muted">Members</dt>
            <dd>
              <Count value={evidence.contributors} href={links?.all} />
            </dd>
            <dt className="text-muted">Helped</dt>
            <dd>
              <Count value={evidence.helped.count} href={links?.helped} />
              {' · '}{percent(evidence.helped.share)}{' '}
              <span className="text-muted">({percentRange(evidence.helped.lower, evidence.helped.upper)})</span>
            </dd>
            <dt className="text-muted">Worse</dt>
            <dd>
              <Count value={evidence.worse.count} href={links?.worse} />
              {' · '}{percent(evidence.worse.share)}
            </dd>
            <dt className="text-muted">Median time tried</dt>
            <dd>{weeks(evidence.medianWeeks)}</dd>
          </dl>
        </>
      ) : (
        <p className="text-sm text-muted">Too few reports (fewer than {MIN_REPORTS} members).</p>
      )}
    </div>
  )
}

function Column({ condition, pair }: { condition: string; pair: PairEvidence }) {
  return (
    <article aria-labelledby={`compare-${pair.tag.id}`} className="space-y-4 rounded-xl border border-line bg-surface p-4">
      <h2 id={`compare-${pair.tag.id}`} className="text-lg font-semibold">
        <Link href={paths.insightsIntervention(pair.tag.slug)} className="hover:underline">{pair.tag.name}</Link>
      </h2>
      <Figures title="Everyone" evidence={pair.overall} links={figureLinks(pair.overall, condition, pair.tag.slug)} />
      <Figures
        title="When it was the only change"
        evidence={pair.onlyChange}
        links={figureLinks(pair.onlyChange, condition, pair.tag.slug, 'only-change')}
      />
    </article>
  )
}

export default async function CompareInsightsPage(props: Props) {
  const { condition: slug } = await props.params
  const searchParams = await props.searchParams
  // Already percent-decoded by Next: decoding again broke on "%25".
  const condition = await getTag(slug)
  if (!condition || condition.kind !== 'CONDITION') notFound()
  const parsed = compareQuerySchema.safeParse(compareInput(searchParams.i))
  if (condition.slug !== slug) permanentRedirect(paths.insightsCompare(condition.slug, parsed.success ? parsed.data.i : []))

  // In the order asked for.
  const pairs = parsed.success ? await compareInterventions(condition.id, parsed.data.i) : []
  const problem = !parsed.success
    ? parsed.error.issues[0]?.message
    : pairs.length < parsed.data.i.length
      ? `Some of these were never reported for ${condition.name.toLowerCase()}.`
      : null

  return (
    <div className="space-y-6">
      <InsightsPageHeader back={{ href: paths.insightsCondition(condition.slug), label: <>What helped for {condition.name}</> }} title={<>Side by side, for {condition.name.toLowerCase()}</>} />
      {problem && (
        <p role="alert" className="rounded-lg border border-bad/30 bg-bad-soft px-4 py-3 text-sm text-bad">
          {problem}{' '}
          <Link href={paths.insightsCondition(condition.slug)} className="underline">Choose again</Link>
        </p>
      )}
      {pairs.length > 0 && (
        <div className={`grid gap-4 ${pairs.length === 3 ? 'md:grid-cols-3' : 'md:grid-cols-2'}`}>
          {pairs.map((pair) => (
            <Column key={pair.tag.id} condition={condition.slug} pair={pair} />
          ))}
        </div>
      )}
    </div>
  )
}
