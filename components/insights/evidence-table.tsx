import Link from 'next/link'
import type { Evidence } from '@/lib/insights/policies'
import type { PairEvidence } from '@/lib/insights/queries'
import type { OutcomeLink } from '@/lib/insights/links'
import { percent, percentRange, weeks } from '@/lib/insights/format'

export interface EvidenceTableProps {
  caption: string
  /** Header of the first column: "Intervention" or "Condition". */
  nameHeader: string
  pairs: PairEvidence[]
  /** The insights page of the row's tag. */
  pageFor: (pair: PairEvidence) => string
  /** The stories behind a figure. */
  storiesFor: (pair: PairEvidence, outcome: OutcomeLink) => string
  /** Which median to show: time tried by everyone, or by those it helped before it did. */
  median: 'all' | 'helped'
}

function OnlyChangeCell({ evidence, href }: { evidence: Evidence; href: string }) {
  if (!evidence.enough) return <span className="text-muted">too few reports</span>
  return (
    <>
      <Link href={href} className="font-semibold text-accent underline">
        {evidence.helped.count} of {evidence.contributors}
      </Link>{' '}
      helped · {percent(evidence.helped.share)}{' '}
      <span className="whitespace-nowrap text-muted">({percentRange(evidence.helped.lower, evidence.helped.upper)})</span>
    </>
  )
}

/** The figures as a table: the screen-reader equivalent of the chart, and where every number
 * links to the stories behind it. */
export function EvidenceTable({ caption, nameHeader, pairs, pageFor, storiesFor, median }: EvidenceTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border border-line bg-surface">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="px-4 pt-3 text-left text-sm text-muted">{caption}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="px-4 py-2 font-semibold">{nameHeader}</th>
            <th scope="col" className="px-3 py-2 font-semibold">Members</th>
            <th scope="col" className="px-3 py-2 font-semibold">Helped (95% interval)</th>
            <th scope="col" className="px-3 py-2 font-semibold">Worse</th>
            <th scope="col" className="px-3 py-2 font-semibold">{median === 'all' ? 'Median time tried' : 'Tried before it helped (median)'}</th>
            <th scope="col" className="px-3 py-2 font-semibold">Only change</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((pair) => {
            const e = pair.overall
            if (!e.enough) return null
            return (
              <tr key={pair.tag.id} className="border-b border-line last:border-b-0 align-top">
                <th scope="row" className="px-4 py-2 font-medium">
                  <Link href={pageFor(pair)} className="hover:underline">{pair.tag.name}</Link>
                </th>
                <td className="px-3 py-2 tabular-nums">
                  <Link href={storiesFor(pair, 'any')} className="font-semibold text-accent underline" aria-label={`${e.contributors} members: see their stories about ${pair.tag.name}`}>
                    {e.contributors}
                  </Link>
                </td>
                <td className="px-3 py-2 tabular-nums">
                  <Link href={storiesFor(pair, 'helped')} className="font-semibold text-accent underline" aria-label={`${e.helped.count} said it helped: see their stories about ${pair.tag.name}`}>
                    {e.helped.count}
                  </Link>{' '}
                  · {percent(e.helped.share)}{' '}
                  <span className="whitespace-nowrap text-muted">({percentRange(e.helped.lower, e.helped.upper)})</span>
                </td>
                <td className="px-3 py-2 tabular-nums">
                  {e.worse.count > 0 ? (
                    <Link href={storiesFor(pair, 'worse')} className="font-semibold text-accent underline" aria-label={`${e.worse.count} said it made things worse: see their stories about ${pair.tag.name}`}>
                      {e.worse.count}
                    </Link>
                  ) : (
                    '0'
                  )}{' '}
                  · {percent(e.worse.share)}
                </td>
                <td className="px-3 py-2 tabular-nums">{weeks(median === 'all' ? e.medianWeeks : e.medianWeeksHelped)}</td>
                <td className="px-3 py-2 tabular-nums">
                  <OnlyChangeCell evidence={pair.onlyChange} href={storiesFor(pair, 'helped')} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Interventions (or conditions) reported by fewer than the minimum: names only, no figures. */
export function TooFewReports({ names, minReports }: { names: { id: number; name: string }[]; minReports: number }) {
  if (!names.length) return null
  return (
    <section aria-labelledby="too-few-title" className="space-y-2">
      <h2 id="too-few-title" className="text-lg font-semibold">Too few reports</h2>
      <p className="text-sm text-muted">
        Fewer than {minReports} members reported these, so we show no figures for them yet.
      </p>
      <ul className="flex flex-wrap gap-1.5">
        {names.map((tag) => (
          <li key={tag.id} className="rounded-full border border-line bg-neutral-soft px-2.5 py-0.5 text-sm">{tag.name}</li>
        ))}
      </ul>
    </section>
  )
}
