import { beforeAll, describe, expect, it } from 'vitest'
import { GET } from '@/app/api/insights/[condition]/route'
import { createStory, createTag, createUser } from '../../factories'

const get = (condition: string) => GET(new Request(`http://localhost/api/insights/${condition}`), { params: Promise.resolve({ condition }) })

beforeAll(async () => {
  const acne = await createTag({ kind: 'CONDITION', slug: 'acne', name: 'Acne', synonyms: ['breakouts'] })
  await createTag({ kind: 'INTERVENTION', slug: 'unused', name: 'Unused' })
  const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc', name: 'Zinc' })
  const rare = await createTag({ kind: 'INTERVENTION', slug: 'rare', name: 'Rare' })
  for (let i = 0; i < 6; i++) {
    const member = await createUser({ email: `insights-${i}@example.test` })
    await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome: i < 3 ? 'HELPED' : 'NO_CHANGE', durationWeeks: 8 }] })
    if (i < 2) await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: rare, outcome: 'HELPED' }] })
  }
})

describe('GET /api/insights/<condition>', () => {
  it('gives the same numbers as the page, with links to the stories behind them', async () => {
    const response = await get('acne')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.condition).toEqual({ slug: 'acne', name: 'Acne' })
    expect(body.minReports).toBe(5)
    expect(body.about).toMatch(/not medical advice/)
    expect(body.interventions).toHaveLength(1)
    const [zinc] = body.interventions
    expect(zinc).toMatchObject({ slug: 'zinc', contributors: 6, medianWeeks: 8, helped: { count: 3, share: 0.5 }, worse: { count: 0, share: 0 } })
    expect(zinc.helped.lower).toBeCloseTo(0.1876, 4)
    expect(zinc.helped.upper).toBeCloseTo(0.8124, 4)
    expect(zinc.onlyChange).toMatchObject({ contributors: 6 })
    expect(zinc.stories.helped).toBe('/stories?tag=acne&tag=zinc&outcome=helped')
    // The only-change figures open the stories where zinc was the only change.
    expect(zinc.onlyChange.stories).toEqual({
      all: '/stories?tag=acne&tag=zinc&onlyChange=1',
      helped: '/stories?tag=acne&tag=zinc&outcome=helped&onlyChange=1',
      worse: '/stories?tag=acne&tag=zinc&outcome=worse&onlyChange=1',
    })
    // Two members only: named, without a figure.
    expect(body.tooFewReports).toEqual([{ slug: 'rare', name: 'Rare' }])
    expect(JSON.stringify(body)).not.toMatch(/@example\.test/)
  })

  it('gives no only-change figures, and no stories to open, below five such members', async () => {
    const rosacea = await createTag({ kind: 'CONDITION', slug: 'rosacea', name: 'Rosacea' })
    const sugar = await createTag({ kind: 'INTERVENTION', slug: 'sugar', name: 'Sugar' })
    const tea = await createTag({ kind: 'INTERVENTION', slug: 'green-tea', name: 'Green tea' })
    for (let i = 0; i < 5; i++) {
      const member = await createUser()
      await createStory({ authorId: member.id, conditions: [rosacea], tried: [{ tag: sugar, outcome: 'HELPED' }, { tag: tea, outcome: 'NO_CHANGE' }] })
    }
    const body = await (await get('rosacea')).json()
    expect(body.interventions.map((i: { slug: string }) => i.slug)).toEqual(['sugar', 'green-tea'])
    for (const intervention of body.interventions) {
      expect(intervention.contributors).toBe(5)
      expect(intervention.onlyChange).toBeNull()
      expect(JSON.stringify(intervention)).not.toContain('onlyChange=1')
    }
  })

  it('finds a condition by a synonym', async () => {
    const response = await get('breakouts')
    expect((await response.json()).condition.slug).toBe('acne')
  })

  it('answers 404 for an unknown condition or an intervention, and 422 for a malformed one', async () => {
    expect((await get('nothing-like-this')).status).toBe(404)
    expect((await get('zinc')).status).toBe(404)
    const invalid = await get('acne%3Bdrop')
    expect(invalid.status).toBe(422)
    expect((await invalid.json()).error.fields.condition).toBeDefined()
  })
})
