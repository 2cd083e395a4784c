import { describe, expect, it } from 'vitest'
import { median, wilsonInterval, Z_95 } from '@/lib/stats'

describe('wilsonInterval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion, Statistics in
  // Medicine 17:857–872, Table I, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches the published interval for %i/%i', (successes, trials, lower, upper) => {
    const interval = wilsonInterval(successes, trials)
    expect(interval?.lower).toBeCloseTo(lower, 4)
    expect(interval?.upper).toBeCloseTo(upper, 4)
    expect(interval?.share).toBeCloseTo(successes / trials, 12)
  })

  it('is exactly 0 below at 0/n and exactly 1 above at n/n, and never leaves [0, 1]', () => {
    expect(wilsonInterval(0, 10)).toEqual({ share: 0, lower: 0, upper: expect.closeTo(0.2775, 4) })
    expect(wilsonInterval(10, 10)).toEqual({ share: 1, lower: expect.closeTo(0.7225, 4), upper: 1 })
    for (let n = 1; n <= 40; n++) {
      for (let k = 0; k <= n; k++) {
        const { lower, upper, share } = wilsonInterval(k, n)!
        expect(lower).toBeGreaterThanOrEqual(0)
        expect(upper).toBeLessThanOrEqual(1)
        expect(lower).toBeLessThanOrEqual(share)
        expect(upper).toBeGreaterThanOrEqual(share)
      }
    }
  })

  it('is symmetric: the interval of k/n mirrors that of (n−k)/n', () => {
    const a = wilsonInterval(3, 17)!
    const b = wilsonInterval(14, 17)!
    expect(a.lower).toBeCloseTo(1 - b.upper, 12)
    expect(a.upper).toBeCloseTo(1 - b.lower, 12)
  })

  it('narrows as reports grow, so 3/3 ranks below 270/300', () => {
    expect(wilsonInterval(3, 3)!.lower).toBeLessThan(wilsonInterval(270, 300)!.lower)
    expect(wilsonInterval(5, 10)!.upper - wilsonInterval(5, 10)!.lower).toBeGreaterThan(
      wilsonInterval(50, 100)!.upper - wilsonInterval(50, 100)!.lower,
    )
  })

  it('has no interval without trials, and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeNull()
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError)
    expect(() => wilsonInterval(-1, 5)).toThrow(RangeError)
    expect(() => wilsonInterval(1.5, 5)).toThrow(RangeError)
  })

  it('uses the two-sided 95% quantile', () => {
    expect(Z_95).toBe(1.959964)
  })
})

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[8, 2], 5],
    [[3, 1, 2], 2],
    [[12, 4, 4, 8], 6],
    [[1, 1, 1, 100], 1],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected)
  })

  it('leaves its input unsorted', () => {
    const values = [3, 1, 2]
    median(values)
    expect(values).toEqual([3, 1, 2])
  })
})
