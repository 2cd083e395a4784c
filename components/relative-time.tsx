// A date as "3 days ago" with the exact time in a tooltip and machine-readable datetime.
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
]

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

export function formatRelative(date: Date, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000)
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit)
  }
  return 'just now'
}

/** `exact={false}` leaves out the tooltip with the exact time (story lists repeat this twenty times). */
export function RelativeTime({ date, exact = true }: { date: Date; exact?: boolean }) {
  return (
    <time dateTime={date.toISOString()} title={exact ? `${absolute.format(date)} UTC` : undefined}>
      {formatRelative(date)}
    </time>
  )
}
