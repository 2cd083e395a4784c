import { describe, expect, it } from 'vitest'
import { compareByEvidence, hasEnoughReports, MIN_REPORTS, toEvidence, type PairCounts } from '@/lib/insights/policies'

const counts = (overrides: Partial<PairCounts>): PairCounts => ({
  contributors: 10,
  helped: 6,
  worse: 1,
  weeksReports: 10,
  medianWeeks: 8,
  helpedWeeksReports: 6,
  medianWeeksHelped: 6,
  ...overrides,
})

describe('small-count protection', () => {
  it('needs five contributors', () => {
    expect(MIN_REPORTS).toBe(5)
  })

  it.each([
    [0, false],
    [1, false],
    [4, false],
    [5, true],
    [500, true],
  ])('%i contributors → enough: %s', (contributors, enough) => {
    expect(hasEnoughReports(contributors)).toBe(enough)
  })

  it('publishes no figure at all for four contributors', () => {
    expect(toEvidence(counts({ contributors: 4, helped: 4, worse: 0, weeksReports: 4, helpedWeeksReports: 4 }))).toEqual({ enough: false })
  })

  it.each([
    ['all durations', { weeksReports: 5, helpedWeeksReports: 5 }, 8, 6],
    ['too few durations', { weeksReports: 4, helpedWeeksReports: 5 }, null, 6],
    ['too few durations among the helped', { weeksReports: 9, helpedWeeksReports: 4 }, 8, null],
  ] as const)('hides a median that stands on fewer than five people (%s)', (_, override, medianWeeks, medianWeeksHelped) => {
    const evidence = toEvidence(counts(override))
    expect(evidence.enough && evidence.medianWeeks).toBe(medianWeeks)
    expect(evidence.enough && evidence.medianWeeksHelped).toBe(medianWeeksHelped)
  })

  it('gives shares with their intervals', () => {
    const evidence = toEvidence(counts({ contributors: 10, helped: 5, worse: 0 }))
    if (!evidence.enough) throw new Error('expected figures')
    expect(evidence.helped).toEqual({ count: 5, share: 0.5, lower: expect.closeTo(0.2366, 4), upper: expect.closeTo(0.7634, 4) })
    expect(evidence.worse.count).toBe(0)
    expect(evidence.worse.lower).toBe(0)
  })
})

describe('ranking', () => {
  const rank = (entries: { name: string; counts: Partial<PairCounts> }[]) =>
    entries
      .map((e) => ({ name: e.name, evidence: toEvidence(counts(e.counts)) }))
      .sort(compareByEvidence)
      .map((e) => e.name)

  it('puts three hundred reports of 90% above five lucky reports of 100%', () => {
    expect(rank([
      { name: 'lucky', counts: { contributors: 5, helped: 5 } },
      { name: 'solid', counts: { contributors: 300, helped: 270 } },
    ])).toEqual(['solid', 'lucky'])
  })

  it('breaks ties by more contributors, then by name, and puts too-few last by name', () => {
    expect(rank([
      { name: 'b-few', counts: { contributors: 2, helped: 2 } },
      { name: 'zinc', counts: { contributors: 10, helped: 5 } },
      { name: 'a-few', counts: { contributors: 1, helped: 0 } },
      { name: 'aloe', counts: { contributors: 10, helped: 5 } },
      { name: 'more', counts: { contributors: 20, helped: 10 } },
    ])).toEqual(['more', 'aloe', 'zinc', 'a-few', 'b-few'])
  })

  it('ranks a better lower bound first even between pairs with as many contributors, whatever their names', () => {
    expect(rank([
      { name: 'aloe', counts: { contributors: 10, helped: 3 } },
      { name: 'zinc', counts: { contributors: 10, helped: 8 } },
    ])).toEqual(['zinc', 'aloe'])
  })
})
