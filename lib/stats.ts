// Statistics shared by the features: the insights pages turn the SQL summary's counts into shares
// and intervals, the comment threads rank replies by the same Wilson bound. Pure functions.

/** Two-sided 95% normal quantile (qnorm(0.975)). */
export const Z_95 = 1.959964

export interface Interval {
  /** Observed share, successes / trials. */
  share: number
  lower: number
  upper: number
}

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, "method 3").
 * Unlike the textbook p ± z·√(p(1−p)/n), it stays inside [0, 1] and is honest at 0/n and n/n,
 * which is why a handful of lucky reports cannot outrank hundreds: ranking uses `lower`.
 * Returns null when there are no trials.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval | null {
  if (!Number.isInteger(successes) || !Number.isInteger(trials) || successes < 0 || trials < 0 || successes > trials) {
    throw new RangeError(`wilsonInterval needs whole numbers 0 ≤ successes ≤ trials (got ${successes}/${trials})`)
  }
  if (trials === 0) return null
  const share = successes / trials
  const z2 = z * z
  const denominator = 1 + z2 / trials
  const centre = (share + z2 / (2 * trials)) / denominator
  const half = (z / denominator) * Math.sqrt((share * (1 - share)) / trials + z2 / (4 * trials * trials))
  // At 0/n and n/n the bound is exactly 0 or 1; rounding must not push it past.
  return {
    share,
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === trials ? 1 : Math.min(1, centre + half),
  }
}

/** The middle value (mean of the two middle ones for an even count); null for no values. Same
 * definition as PostgreSQL's percentile_cont(0.5), which the summary table uses. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
