import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Outcome } from '@/lib/generated/prisma/enums'
import { compareInterventions, getConditionInsights, getInterventionInsights, listInsightConditions } from '@/lib/insights/queries'
import { median } from '@/lib/stats'
import { createStory, createTag, createUser } from '../../factories'

const DAY = 24 * 3600 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY)

/** Figures of one intervention for the condition, or the whole list when it is not ranked. */
async function figuresFor(conditionId: number, interventionSlug: string) {
  const list = await getConditionInsights(conditionId)
  return { list, pair: list.ranked.find((p) => p.tag.slug === interventionSlug) }
}

describe('condition insights', () => {
  it('counts each member once by their latest story, only visible stories, and ranks by the lower bound', async () => {
    const acne = await createTag({ kind: 'CONDITION', slug: 'acne-q1', name: 'Acne' })
    const eczema = await createTag({ kind: 'CONDITION', slug: 'eczema-q1', name: 'Eczema' })
    const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc-q1', name: 'Zinc' })
    const sugar = await createTag({ kind: 'INTERVENTION', slug: 'sugar-q1', name: 'Less sugar' })
    const rare = await createTag({ kind: 'INTERVENTION', slug: 'rare-q1', name: 'Rare thing' })

    // Six members on zinc alone (their only change): 4 helped, 1 worse.
    const zincReports: [Outcome, number][] = [['HELPED_A_LOT', 4], ['HELPED', 8], ['HELPED', 12], ['NO_CHANGE', 6], ['WORSE', 2], ['HELPED', 10]]
    const members = []
    for (const [outcome, durationWeeks] of zincReports) {
      const member = await createUser()
      members.push(member)
      await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome, durationWeeks }] })
    }
    // The first member wrote earlier that zinc made it worse: only the latest story counts.
    await createStory({ authorId: members[0]!.id, createdAt: daysAgo(30), conditions: [acne], tried: [{ tag: zinc, outcome: 'WORSE', durationWeeks: 20 }] })
    // Stories that must not count: removed, hidden, pending, deleted, a discussion, another condition.
    const outsider = await createUser()
    for (const status of ['REMOVED', 'HIDDEN', 'PENDING'] as const) {
      await createStory({ authorId: outsider.id, status, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
    }
    await createStory({ authorId: outsider.id, deletedAt: new Date(), conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
    await createStory({ authorId: outsider.id, kind: 'DISCUSSION', conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
    await createStory({ authorId: outsider.id, conditions: [eczema], tried: [{ tag: zinc, outcome: 'WORSE' }] })

    // Less sugar together with zinc for five members: all helped; zinc is then not their only change.
    for (let i = 0; i < 5; i++) {
      const member = await createUser()
      await createStory({
        authorId: member.id,
        conditions: [acne],
        tried: [{ tag: sugar, outcome: 'HELPED', durationWeeks: 6 }, { tag: zinc, outcome: 'NO_CHANGE', durationWeeks: 6 }],
      })
    }
    // Four members: too few.
    for (let i = 0; i < 4; i++) {
      const member = await createUser()
      await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: rare, outcome: 'HELPED_A_LOT', durationWeeks: 3 }] })
    }

    const { list, pair } = await figuresFor(acne.id, zinc.slug)
    expect(list.tooFew.map((t) => t.slug)).toEqual([rare.slug])
    // Less sugar (5/5, lower bound .566) ranks above zinc (4/11, lower bound .152).
    expect(list.ranked.map((p) => p.tag.slug)).toEqual([sugar.slug, zinc.slug])

    if (!pair?.overall.enough) throw new Error('zinc should have figures')
    expect(pair.overall.contributors).toBe(11)
    expect(pair.overall.helped.count).toBe(4)
    expect(pair.overall.worse.count).toBe(1)
    expect(pair.overall.helped.lower).toBeCloseTo(0.1517, 3)
    const allWeeks = [...zincReports.map(([, weeks]) => weeks), 6, 6, 6, 6, 6]
    expect(pair.overall.medianWeeks).toBe(median(allWeeks))
    // Only four of the helped gave... all four gave a duration, still fewer than five: hidden.
    expect(pair.overall.medianWeeksHelped).toBeNull()

    // Only-change view: the six zinc-alone members.
    if (!pair.onlyChange.enough) throw new Error('zinc alone should have figures')
    expect(pair.onlyChange.contributors).toBe(6)
    expect(pair.onlyChange.helped.count).toBe(4)
    expect(pair.onlyChange.medianWeeks).toBe(median(zincReports.map(([, weeks]) => weeks)))
    const sugarPair = list.ranked[0]!
    expect(sugarPair.onlyChange).toEqual({ enough: false })
    expect(sugarPair.overall.enough && sugarPair.overall.medianWeeksHelped).toBe(6)
  })

  it('updates the numbers when a story is removed, edited or deleted', async () => {
    const acne = await createTag({ kind: 'CONDITION', slug: 'acne-q2' })
    const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc-q2' })
    const stories = []
    for (let i = 0; i < 5; i++) {
      const member = await createUser()
      stories.push(await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] }))
    }
    // An older story of the first member, which counts once their newer one is removed.
    await createStory({ authorId: stories[0]!.authorId!, createdAt: daysAgo(10), conditions: [acne], tried: [{ tag: zinc, outcome: 'WORSE' }] })
    let { pair } = await figuresFor(acne.id, zinc.slug)
    expect(pair?.overall.enough && pair.overall.helped.count).toBe(5)

    await db.post.update({ where: { id: stories[0]!.id }, data: { status: 'REMOVED' } })
    ;({ pair } = await figuresFor(acne.id, zinc.slug))
    expect(pair?.overall.enough && [pair.overall.contributors, pair.overall.helped.count, pair.overall.worse.count]).toEqual([5, 4, 1])

    // A follow-up changes the newest outcome.
    await db.postTag.update({ where: { postId_tagId: { postId: stories[1]!.id, tagId: zinc.id } }, data: { outcome: 'WORSE' } })
    ;({ pair } = await figuresFor(acne.id, zinc.slug))
    expect(pair?.overall.enough && pair.overall.worse.count).toBe(2)

    // Below five contributors the pair drops to "too few".
    await db.post.update({ where: { id: stories[2]!.id }, data: { deletedAt: new Date() } })
    const { list } = await figuresFor(acne.id, zinc.slug)
    expect(list.ranked).toEqual([])
    expect(list.tooFew.map((t) => t.slug)).toEqual([zinc.slug])

    // Deleting the stories outright removes the pair.
    await db.post.deleteMany({ where: { tags: { some: { tagId: acne.id } } } })
    expect(await getConditionInsights(acne.id)).toEqual({ ranked: [], tooFew: [] })
  })

  it('recomputes pairs a bulk write left stale before showing them', async () => {
    const acne = await createTag({ kind: 'CONDITION', slug: 'acne-q3' })
    const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc-q3' })
    for (let i = 0; i < 5; i++) {
      const member = await createUser()
      await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
    }
    await db.$executeRaw`UPDATE "InsightPair" SET stale = true, contributors = 0, helped = 0 WHERE "conditionId" = ${acne.id}`
    const { pair } = await figuresFor(acne.id, zinc.slug)
    expect(pair?.overall.enough && pair.overall.helped.count).toBe(5)
    expect(await db.insightPair.count({ where: { conditionId: acne.id, stale: true } })).toBe(0)

    // The index too counts only recomputed pairs.
    await db.$executeRaw`UPDATE "InsightPair" SET stale = true, contributors = 0 WHERE "conditionId" = ${acne.id}`
    expect((await listInsightConditions()).find((c) => c.slug === acne.slug)).toEqual({ slug: acne.slug, name: acne.name, ranked: 1, reported: 1 })
    expect(await db.insightPair.count({ where: { stale: true } })).toBe(0)

    // A full rebuild agrees with what the triggers kept.
    const before = await db.insightPair.findMany({ omit: { refreshedAt: true }, orderBy: [{ conditionId: 'asc' }, { interventionId: 'asc' }] })
    await db.$queryRaw`SELECT insights_refresh_all()`
    const after = await db.insightPair.findMany({ omit: { refreshedAt: true }, orderBy: [{ conditionId: 'asc' }, { interventionId: 'asc' }] })
    expect(after).toEqual(before)
  })
})

describe('intervention insights and compare', () => {
  it('lists conditions for an intervention, and compares interventions in the order asked', async () => {
    const acne = await createTag({ kind: 'CONDITION', slug: 'acne-q4' })
    const eczema = await createTag({ kind: 'CONDITION', slug: 'eczema-q4' })
    const lgg = await createTag({ kind: 'INTERVENTION', slug: 'lgg-q4' })
    const fiber = await createTag({ kind: 'INTERVENTION', slug: 'fiber-q4' })
    for (let i = 0; i < 6; i++) {
      const member = await createUser()
      await createStory({ authorId: member.id, conditions: [acne, eczema], tried: [{ tag: lgg, outcome: i < 5 ? 'HELPED' : 'WORSE', durationWeeks: 4 + i }] })
      await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: fiber, outcome: 'NO_CHANGE' }] })
    }
    const byIntervention = await getInterventionInsights(lgg.id)
    expect(byIntervention.ranked.map((p) => p.tag.slug).sort()).toEqual([acne.slug, eczema.slug].sort())
    const forAcne = byIntervention.ranked.find((p) => p.tag.slug === acne.slug)
    // How long the five it helped tried it: 4, 5, 6, 7, 8 weeks.
    expect(forAcne?.overall.enough && forAcne.overall.medianWeeksHelped).toBe(6)

    const compared = await compareInterventions(acne.id, [fiber.slug, lgg.slug, fiber.slug])
    expect(compared.map((p) => p.tag.slug)).toEqual([fiber.slug, lgg.slug])
    // An unknown slug, and a condition on the intervention side, are left out.
    expect((await compareInterventions(acne.id, ['no-such-thing', eczema.slug, lgg.slug])).map((p) => p.tag.slug)).toEqual([lgg.slug])
    expect(await compareInterventions(acne.id, [])).toEqual([])
    expect(compared[0]?.overall.enough && compared[0].overall.helped.count).toBe(0)

    const conditions = await listInsightConditions()
    expect(conditions.find((c) => c.slug === acne.slug)).toMatchObject({ ranked: 2, reported: 2 })
  })
})
