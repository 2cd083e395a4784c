import type { TagChip as TagChipData } from '@/lib/stories/queries'
import { OUTCOME_LABELS } from '@/lib/stories/labels'
import { paths } from '@/lib/paths'

// See app/globals.css: one short class per chip, repeated dozens of times a page.
const OUTCOME_CLASSES = {
  HELPED_A_LOT: 'chip-g',
  HELPED: 'chip-g',
  NO_CHANGE: 'chip',
  WORSE: 'chip-b',
} as const

// The chip's parts.
function chipClass(tag: TagChipData): string {
  return tag.kind === 'CONDITION' ? 'chip-c' : tag.outcome ? OUTCOME_CLASSES[tag.outcome] : 'chip'
}

/** " · now helped · 8 wk", or null for a condition or an intervention without an outcome. */
function chipOutcome(tag: TagChipData): string | null {
  if (!tag.outcome) return null
  return ` · ${tag.firstOutcome ? `now ${OUTCOME_LABELS[tag.outcome]}` : OUTCOME_LABELS[tag.outcome]}${tag.durationWeeks ? ` · ${tag.durationWeeks} wk` : ''}`
}

function chipTitle(tag: TagChipData): string | null {
  return tag.firstOutcome ? `First reported: ${OUTCOME_LABELS[tag.firstOutcome]}; updated in a follow-up` : null
}

function chipFirstReported(tag: TagChipData): string | null {
  return tag.firstOutcome ? ` (first reported: ${OUTCOME_LABELS[tag.firstOutcome]})` : null
}

/** A condition, or an intervention with how it went ("Zinc · helped · 8 wk"). */
export function TagChip({ tag }: { tag: TagChipData }) {
  // Attributes and text only where there is something to say: a page shows dozens of chips.
  const title = chipTitle(tag)
  const outcome = chipOutcome(tag)
  const first = chipFirstReported(tag)
  return (
    <a href={paths.tag(tag.slug)} className={chipClass(tag)} {...(title ? { title } : {})}>
      <b>{tag.name}</b>
      {outcome && <span>{outcome}</span>}
      {first && <span className="sr-only">{first}</span>}
    </a>
  )
}

export function TagChipList({ tags, label }: { tags: TagChipData[]; label: string }) {
  if (!tags.length) return null
  return (
    <ul aria-label={label} className="chips">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <TagChip tag={tag} />
        </li>
      ))}
    </ul>
  )
}
