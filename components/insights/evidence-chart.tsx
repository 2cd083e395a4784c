import Link from 'next/link'
import type { PairEvidence } from '@/lib/insights/queries'
import { percent, percentRange } from '@/lib/insights/format'
import { IntervalBar } from './interval-bar'

/** Ranked pairs as interval bars: "helped" share, dot = observed, band = 95% interval. */
export function EvidenceChart({ pairs, hrefFor, caption }: { pairs: PairEvidence[]; hrefFor: (pair: PairEvidence) => string; caption: string }) {
  return (
    <figure className="space-y-3">
      <figcaption className="text-sm text-muted">{caption}</figcaption>
      <ol className="space-y-3">
        {pairs.map((pair) =>
          pair.overall.enough ? (
            <li key={pair.tag.id} className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,14rem)_1fr_7.5rem] sm:items-center sm:gap-3">
              <Link href={hrefFor(pair)} className="truncate font-medium hover:underline">
                {pair.tag.name}
              </Link>
              <IntervalBar share={pair.overall.helped.share} lower={pair.overall.helped.lower} upper={pair.overall.helped.upper} />
              <span className="text-sm tabular-nums text-muted sm:text-right">
                <span className="font-semibold text-ink">{percent(pair.overall.helped.share)}</span>{' '}
                ({percentRange(pair.overall.helped.lower, pair.overall.helped.upper)})
              </span>
            </li>
          ) : null,
        )}
      </ol>
      <p aria-hidden="true" className="flex justify-between text-xs text-muted sm:ml-[15rem] sm:mr-[8.5rem]">
        <span>0%</span>
        <span>50%</span>
        <span>100%</span>
      </p>
    </figure>
  )
}
