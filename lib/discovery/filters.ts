// Pure rules of the filter: which outcomes a choice stands for, and where a time window starts.
import type { Outcome } from '../generated/prisma/enums'
import { OUTCOME_GROUPS } from '../outcomes'
import type { OutcomeFilter, TimeWindow } from './schemas'

const DAY_MS = 24 * 3600 * 1000
export const WINDOW_DAYS: Record<Exclude<TimeWindow, 'all'>, number> = { day: 1, week: 7, month: 30, year: 365 }

/** The earliest creation time a window admits, or null for all time. */
export function windowStart(window: TimeWindow, now: Date): Date | null {
  return window === 'all' ? null : new Date(now.getTime() - WINDOW_DAYS[window] * DAY_MS)
}

/** The outcomes a filter choice stands for (lib/outcomes.ts), or null for any. */
export function outcomesFor(filter: OutcomeFilter): readonly Outcome[] | null {
  return filter === 'any' ? null : OUTCOME_GROUPS[filter]
}
