// Pieces shared by the story composer and the thread's edit and follow-up forms.
import { SKIN_NOW_CHOICES } from '@/lib/stories/labels'

export const inputClass = 'block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid]:border-bad'

/** The <option>s of a "how my skin is now" select; empty means not said. */
export function SkinNowOptions() {
  return (
    <>
      <option value="">Rather not say</option>
      {SKIN_NOW_CHOICES.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  )
}
