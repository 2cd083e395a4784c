import Link from 'next/link'
import type { TagChip as TagChipData } from '@/lib/stories/queries'
import { OUTCOME_LABELS } from '@/lib/stories/labels'
import { paths } from '@/lib/paths'

const OUTCOME_STYLES = {
  HELPED_A_LOT: 'bg-good-soft text-good border-good/30',
  HELPED: 'bg-good-soft text-good border-good/30',
  NO_CHANGE: 'bg-neutral-soft text-muted border-line',
  WORSE: 'bg-bad-soft text-bad border-bad/30',
} as const

/** A condition, or an intervention with how it went ("Zinc · helped · 8 wk"). */
export function TagChip({ tag }: { tag: TagChipData }) {
  const style =
    tag.kind === 'CONDITION'
      ? 'bg-accent-soft text-ink border-accent/30'
      : tag.outcome
        ? OUTCOME_STYLES[tag.outcome]
        : 'bg-neutral-soft text-muted border-line'
  return (
    <Link
      href={paths.tag(tag.slug)}
      title={tag.firstOutcome ? `First reported: ${OUTCOME_LABELS[tag.firstOutcome]}; updated in a follow-up` : undefined}
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm no-underline hover:underline ${style}`}
    >
      <span className="font-medium">{tag.name}</span>
      {tag.outcome && (
        <span>
          · {tag.firstOutcome ? `now ${OUTCOME_LABELS[tag.outcome]}` : OUTCOME_LABELS[tag.outcome]}
          {tag.durationWeeks ? ` · ${tag.durationWeeks} wk` : ''}
          {tag.firstOutcome && <span className="sr-only"> (first reported: {OUTCOME_LABELS[tag.firstOutcome]})</span>}
        </span>
      )}
    </Link>
  )
}

export function TagChipList({ tags, label }: { tags: TagChipData[]; label: string }) {
  if (!tags.length) return null
  return (
    <ul aria-label={label} className="flex flex-wrap gap-1.5">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  )
}
