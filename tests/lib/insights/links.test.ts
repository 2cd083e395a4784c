import { describe, expect, it } from 'vitest'
import { figureLinks, showingAll, storiesBehind } from '@/lib/insights/links'
import { toEvidence, type PairCounts } from '@/lib/insights/policies'

const counts = (contributors: number): PairCounts => ({
  contributors,
  helped: Math.min(2, contributors),
  worse: 0,
  weeksReports: contributors,
  medianWeeks: 8,
  helpedWeeksReports: 2,
  medianWeeksHelped: 6,
})

describe('the stories behind a figure', () => {
  it('filters the story list by both tags and the outcome', () => {
    expect(storiesBehind('acne', 'zinc')).toBe('/stories?tag=acne&tag=zinc')
    expect(storiesBehind('acne', 'zinc', 'helped')).toBe('/stories?tag=acne&tag=zinc&outcome=helped')
    expect(storiesBehind('acne', 'zinc', 'worse')).toBe('/stories?tag=acne&tag=zinc&outcome=worse')
  })

  it('restricts only-change figures to stories where it was the only change', () => {
    expect(storiesBehind('acne', 'zinc', 'any', 'only-change')).toBe('/stories?tag=acne&tag=zinc&onlyChange=1')
    expect(storiesBehind('acne', 'zinc', 'helped', 'only-change')).toBe('/stories?tag=acne&tag=zinc&outcome=helped&onlyChange=1')
  })

  it('gives every figure of a published pair its drill-down, in its own scope', () => {
    expect(figureLinks(toEvidence(counts(5)), 'acne', 'zinc', 'only-change')).toEqual({
      all: '/stories?tag=acne&tag=zinc&onlyChange=1',
      helped: '/stories?tag=acne&tag=zinc&outcome=helped&onlyChange=1',
      worse: '/stories?tag=acne&tag=zinc&outcome=worse&onlyChange=1',
    })
    expect(figureLinks(toEvidence(counts(5)), 'acne', 'zinc')?.all).toBe('/stories?tag=acne&tag=zinc')
  })

  it.each([0, 1, 4])('gives no drill-down for %i contributors', (contributors) => {
    expect(figureLinks(toEvidence(counts(contributors)), 'acne', 'zinc')).toBeNull()
    expect(figureLinks(toEvidence(counts(contributors)), 'acne', 'zinc', 'only-change')).toBeNull()
  })

  it('lists every row on request', () => {
    expect(showingAll('/insights/acne')).toBe('/insights/acne?all=1')
  })
})
