import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import { Outcome } from '@/lib/generated/prisma/enums'
import { OUTCOME_GROUP_NUMBERS, OUTCOME_GROUPS, outcomeGroup } from '@/lib/outcomes'

const EVERY_OUTCOME = Object.values(Outcome)

describe('what "helped" means', () => {
  it('puts every outcome in exactly one group', () => {
    const grouped = Object.values(OUTCOME_GROUPS).flat()
    expect([...grouped].sort()).toEqual([...EVERY_OUTCOME].sort())
    expect(OUTCOME_GROUPS.helped).toEqual(['HELPED_A_LOT', 'HELPED'])
    expect(outcomeGroup('HELPED_A_LOT')).toBe('helped')
    expect(outcomeGroup('NO_CHANGE')).toBe('no-change')
    expect(outcomeGroup('WORSE')).toBe('worse')
  })

  it('is the same in SQL: outcome_group() agrees with lib/outcomes for every outcome', async () => {
    const rows = await db.$queryRaw<{ outcome: Outcome; group: number | null }[]>`
      SELECT v AS outcome, outcome_group(v) AS group FROM unnest(enum_range(NULL::"Outcome")) AS v`
    expect(rows.map((r) => r.outcome).sort()).toEqual([...EVERY_OUTCOME].sort())
    for (const row of rows) expect({ outcome: row.outcome, group: row.group }).toEqual({ outcome: row.outcome, group: OUTCOME_GROUP_NUMBERS[outcomeGroup(row.outcome)] })
  })

  it('is what the story list stores in "tagIds" and what the insights summary counts as helped and worse', async () => {
    for (const outcome of EVERY_OUTCOME) {
      const [facts] = await db.$queryRaw<{ facts: number[] }[]>`SELECT post_tag_facts(7, 'INTERVENTION', ${outcome}::"Outcome", false) AS facts`
      expect(facts!.facts).toEqual([7, 7 + 16_777_216 * OUTCOME_GROUP_NUMBERS[outcomeGroup(outcome)]])
    }
    const [source] = await db.$queryRaw<{ body: string }[]>`SELECT prosrc AS body FROM pg_proc WHERE proname = 'insights_refresh_pairs'`
    // The summary reads the groups from outcome_group() rather than listing outcomes again.
    expect(source!.body).toContain('outcome_group(i.outcome) = 1 AS helped')
    expect(source!.body).toContain('outcome_group(i.outcome) = 3 AS worse')
    expect(source!.body).not.toMatch(/HELPED_A_LOT/)
  })
})
