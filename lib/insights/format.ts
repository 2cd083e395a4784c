// How figures read on the page: whole percents, weeks without false precision.

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** "40–71%": an interval as a range of whole percents. */
export function percentRange(lower: number, upper: number): string {
  return `${Math.round(lower * 100)}–${Math.round(upper * 100)}%`
}

export function weeks(value: number | null): string {
  if (value === null) return '—'
  const rounded = Math.round(value * 2) / 2
  return `${rounded} ${rounded === 1 ? 'week' : 'weeks'}`
}
