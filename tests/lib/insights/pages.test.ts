// The insights pages as a visitor's browser receives them: server-rendered markup, one table
// per page, every published figure linked to the stories behind it, nothing for small groups.
import { DomUtils, parseDocument } from 'htmlparser2'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import CompareInsightsPage from '@/app/(forum)/insights/[condition]/compare/page'
import ConditionInsightsPage from '@/app/(forum)/insights/[condition]/page'
import InterventionInsightsPage from '@/app/(forum)/insights/intervention/[slug]/page'
import type { Outcome } from '@/lib/generated/prisma/enums'
import { TOP_SHOWN } from '@/lib/insights/policies'
import { createStory, createTag, createUser } from '../../factories'

type Doc = ReturnType<typeof parseDocument>
type Node = Parameters<typeof DomUtils.textContent>[0]

function render(element: ReactElement): Doc {
  return parseDocument(renderToStaticMarkup(element))
}
const all = (root: Node, tag: string) => DomUtils.getElementsByTagName(tag, root, true)
const text = (node: Node) => DomUtils.textContent(node).replace(/\s+/g, ' ').trim()
const hrefs = (root: Node) => all(root, 'a').map((a) => DomUtils.getAttributeValue(a, 'href') ?? '')
const rows = (doc: Doc) => all(doc, 'tbody').flatMap((body) => all(body, 'tr'))
const rowNamed = (doc: Doc, name: string) => {
  const row = rows(doc).find((tr) => text(all(tr, 'th')[0]!) === name)
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

const NASTY = `<img src=x onerror="alert(1)"> Tom's & "friends"`

const conditionPage = (condition: string, search: Record<string, string> = {}) =>
  ConditionInsightsPage({ params: Promise.resolve({ condition }), searchParams: Promise.resolve(search) })

beforeAll(async () => {
  const acne = await createTag({ kind: 'CONDITION', slug: 'acne-pg', name: 'Acne' })
  const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc-pg', name: 'Zinc' })
  const sugar = await createTag({ kind: 'INTERVENTION', slug: 'sugar-pg', name: 'Less sugar' })
  const probiotic = await createTag({ kind: 'INTERVENTION', slug: 'probiotic-pg', name: 'Probiotic' })
  const rare = await createTag({ kind: 'INTERVENTION', slug: 'rare-pg', name: 'Rare thing' })
  // Zinc alone (their only change) for six members: three helped, one worse.
  const zincOutcomes: Outcome[] = ['HELPED', 'HELPED_A_LOT', 'HELPED', 'NO_CHANGE', 'WORSE', 'NO_CHANGE']
  for (const outcome of zincOutcomes) {
    const member = await createUser()
    await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome, durationWeeks: 8 }] })
  }
  // Less sugar together with a probiotic for five members: never the only change.
  for (let i = 0; i < 5; i++) {
    const member = await createUser()
    await createStory({
      authorId: member.id,
      conditions: [acne],
      tried: [{ tag: sugar, outcome: 'HELPED', durationWeeks: 6 }, { tag: probiotic, outcome: 'NO_CHANGE', durationWeeks: 6 }],
    })
  }
  // Four members: too few for any figure or link.
  for (let i = 0; i < 4; i++) {
    const member = await createUser()
    await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: rare, outcome: 'HELPED_A_LOT' }] })
  }

  // A tag name that is markup: it must reach the page as text.
  const xss = await createTag({ kind: 'CONDITION', slug: 'xss-pg', name: 'Xss' })
  const nasty = await createTag({ kind: 'INTERVENTION', slug: 'nasty-pg', name: NASTY })
  const plain = await createTag({ kind: 'INTERVENTION', slug: 'plain-pg', name: 'Plain' })
  for (let i = 0; i < 5; i++) {
    const member = await createUser()
    await createStory({ authorId: member.id, conditions: [xss], tried: [{ tag: nasty, outcome: 'HELPED' }, { tag: plain, outcome: 'NO_CHANGE' }] })
  }

  // A condition with more ranked interventions than a page shows by default.
  const many = await createTag({ kind: 'CONDITION', slug: 'many-pg', name: 'Many' })
  const tried = []
  for (let i = 0; i <= TOP_SHOWN; i++) tried.push(await createTag({ kind: 'INTERVENTION', slug: `many-${i}-pg`, name: `Many ${i}` }))
  for (let m = 0; m < 5; m++) {
    const member = await createUser()
    await createStory({ authorId: member.id, conditions: [many], tried: tried.map((tag, i) => ({ tag, outcome: ((i + m) % 2 ? 'HELPED' : 'NO_CHANGE') as Outcome })) })
  }
})

describe('/insights/<condition>', () => {
  it('shows one table, ranked by the lower bound, with the caveat and an interval bar per row', async () => {
    const doc = render(await conditionPage('acne-pg'))
    expect(all(doc, 'table')).toHaveLength(1)
    const caveat = all(doc, 'aside').find((a) => DomUtils.getAttributeValue(a, 'aria-label') === 'About these numbers')
    expect(caveat && text(caveat)).toMatch(/not medical advice/)
    // Less sugar 5/5 (lower bound .57) above zinc 3/6 (.19); the probiotic (0/5) last.
    expect(rows(doc).map((tr) => text(all(tr, 'th')[0]!))).toEqual(['Less sugar', 'Zinc', 'Probiotic'])
    for (const tr of rows(doc)) {
      const [svg] = all(tr, 'svg')
      expect(svg && DomUtils.getAttributeValue(svg, 'aria-hidden')).toBe('true')
      expect(all(svg!, 'rect')).toHaveLength(1)
      expect(all(svg!, 'line')).toHaveLength(1)
    }
    const zinc = text(rowNamed(doc, 'Zinc'))
    expect(zinc).toContain('3 · 50% (19–81%)')
    expect(zinc).toContain('8 weeks')
  })

  it('links every figure to the stories behind it, only-change figures to only-change stories', async () => {
    const doc = render(await conditionPage('acne-pg'))
    const zinc = hrefs(rowNamed(doc, 'Zinc'))
    expect(zinc).toEqual([
      '/insights/intervention/zinc-pg',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=helped',
      '/stories?tag=acne-pg&tag=zinc-pg',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=worse',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=helped&onlyChange=1',
      '/stories?tag=acne-pg&tag=zinc-pg&onlyChange=1',
    ])
    const onlyChangeCell = all(rowNamed(doc, 'Zinc'), 'td')[4]!
    expect(text(onlyChangeCell)).toBe('3 of 6 · 50% (19–81%)')
  })

  it('withholds figures and links below five contributors', async () => {
    const doc = render(await conditionPage('acne-pg'))
    // Less sugar was never anyone's only change: no only-change figure, no only-change link.
    const sugar = rowNamed(doc, 'Less sugar')
    expect(text(all(sugar, 'td')[4]!)).toBe('too few')
    expect(hrefs(sugar).some((href) => href.includes('onlyChange'))).toBe(false)
    // Nobody said sugar made things worse: a zero opens nothing.
    expect(hrefs(sugar).some((href) => href.includes('outcome=worse'))).toBe(false)
    // Four members: named under "too few reports", no row, no figure, no link anywhere.
    expect(rows(doc).some((tr) => text(tr).includes('Rare thing'))).toBe(false)
    expect(hrefs(doc).some((href) => href.includes('rare-pg'))).toBe(false)
    const tooFew = all(doc, 'section').find((s) => DomUtils.getAttributeValue(s, 'aria-labelledby') === 'too-few-title')
    expect(tooFew && all(tooFew, 'li').map(text)).toEqual(['Rare thing'])
  })

  it('offers each ranked intervention for the compare form', async () => {
    const doc = render(await conditionPage('acne-pg'))
    const [form] = all(doc, 'form')
    expect(form && DomUtils.getAttributeValue(form, 'action')).toBe('/insights/acne-pg/compare')
    const boxes = all(form!, 'input').filter((input) => DomUtils.getAttributeValue(input, 'type') === 'checkbox')
    expect(boxes.map((box) => [DomUtils.getAttributeValue(box, 'name'), DomUtils.getAttributeValue(box, 'value')])).toEqual([
      ['i', 'sugar-pg'],
      ['i', 'zinc-pg'],
      ['i', 'probiotic-pg'],
    ])
    expect(boxes.map((box) => DomUtils.getAttributeValue(box, 'aria-label'))).toEqual(['Compare Less sugar', 'Compare Zinc', 'Compare Probiotic'])
  })

  it('shows a tag name that is markup as text', async () => {
    const doc = render(await conditionPage('xss-pg'))
    expect(all(doc, 'img')).toHaveLength(0)
    const row = rowNamed(doc, NASTY)
    const box = all(row, 'input')[0]!
    expect(DomUtils.getAttributeValue(box, 'aria-label')).toBe(`Compare ${NASTY}`)
    expect(DomUtils.getAttributeValue(all(row, 'a')[1]!, 'aria-label')).toBe(`5 said it helped: see their stories about ${NASTY}`)
  })

  it(`lists the best supported ${TOP_SHOWN}, and every one behind "show all"`, async () => {
    const top = render(await conditionPage('many-pg'))
    expect(rows(top)).toHaveLength(TOP_SHOWN)
    expect(hrefs(top)).toContain('/insights/many-pg?all=1')
    const every = render(await conditionPage('many-pg', { all: '1' }))
    expect(rows(every)).toHaveLength(TOP_SHOWN + 1)
    expect(hrefs(every)).not.toContain('/insights/many-pg?all=1')
    // Under TOP_SHOWN there is nothing more to show.
    expect(hrefs(render(await conditionPage('acne-pg'))).some((href) => href.includes('all=1'))).toBe(false)
  })
})

describe('/insights/intervention/<slug>', () => {
  it('lists the conditions with the same links the other way round', async () => {
    const doc = render(await InterventionInsightsPage({ params: Promise.resolve({ slug: 'zinc-pg' }), searchParams: Promise.resolve({}) }))
    expect(rows(doc).map((tr) => text(all(tr, 'th')[0]!))).toEqual(['Acne'])
    expect(hrefs(rowNamed(doc, 'Acne'))).toContain('/stories?tag=acne-pg&tag=zinc-pg&outcome=helped&onlyChange=1')
    expect(all(doc, 'input')).toHaveLength(0)
  })
})

describe('/insights/<condition>/compare', () => {
  it('links the only-change column to only-change stories, and withholds it below five', async () => {
    const doc = render(
      await CompareInsightsPage({ params: Promise.resolve({ condition: 'acne-pg' }), searchParams: Promise.resolve({ i: ['zinc-pg', 'sugar-pg'] }) }),
    )
    const [zinc, sugar] = all(doc, 'article')
    expect(hrefs(zinc!)).toEqual([
      '/insights/intervention/zinc-pg',
      '/stories?tag=acne-pg&tag=zinc-pg',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=helped',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=worse',
      '/stories?tag=acne-pg&tag=zinc-pg&onlyChange=1',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=helped&onlyChange=1',
      '/stories?tag=acne-pg&tag=zinc-pg&outcome=worse&onlyChange=1',
    ])
    expect(text(sugar!)).toMatch(/When it was the only change\s*Too few reports/)
    expect(hrefs(sugar!).some((href) => href.includes('onlyChange'))).toBe(false)
  })
})
