import { CAVEAT } from '@/lib/insights/caveat'

/** Always on top of an insights page: what these numbers are, and are not. */
export function InsightsCaveat() {
  return (
    <aside aria-label="About these numbers" className="rounded-xl border border-line bg-neutral-soft p-4 text-sm leading-relaxed">
      <p>
        <strong className="font-semibold">What these numbers are.</strong> {CAVEAT}
      </p>
    </aside>
  )
}
