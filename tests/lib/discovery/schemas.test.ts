import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from '@/lib/discovery/cursor'
import { outcomesFor, windowStart } from '@/lib/discovery/filters'
import { OUTCOME_GROUPS } from '@/lib/outcomes'
import { lenientStoryFilterSchema, MAX_FILTER_TAGS, storyFilterSchema, storyListQuerySchema } from '@/lib/discovery/schemas'
import { canonicalFilterQuery, filterInput, filterSearchParams, hasDefaultFilterValues, isDefaultFilters, toggleTag } from '@/lib/discovery/url'

describe('keyset cursors', () => {
  it.each([
    { sort: 'new', key: 1_700_000_000_123, id: 42 },
    { sort: 'active', key: 0, id: 1 },
    { sort: 'top', key: 17, id: 2_147_483_647 },
  ] as const)('round-trips $sort', (cursor) => {
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
  })

  it.each([
    ['empty', ''],
    ['not base64url', 'a b c'],
    ['unknown sort', Buffer.from('x.1.1').toString('base64url')],
    ['id zero', Buffer.from('n.1.0').toString('base64url')],
    ['id beyond int4', Buffer.from('n.1.2147483648').toString('base64url')],
    ['negative helpful count', Buffer.from('t.-1.5').toString('base64url')],
    ['sql in it', Buffer.from("n.1.1'; drop table").toString('base64url')],
  ])('refuses %s', (_name, value) => {
    expect(decodeCursor(value)).toBeNull()
  })
})

describe('filter schema', () => {
  it('fills defaults and lower-cases and de-duplicates tags', () => {
    expect(storyFilterSchema.parse(filterInput({ tag: ['Acne', 'acne', 'LGG'] }))).toEqual({
      tag: ['acne', 'lgg'],
      outcome: 'any',
      kind: 'story',
      sort: 'new',
      t: 'all',
      onlyChange: false,
    })
  })

  it('accepts comma lists and repeated parameters alike', () => {
    expect(filterInput(new URLSearchParams('tag=acne,zinc&tag=lgg')).tag).toEqual(['acne', 'zinc', 'lgg'])
  })

  it.each([
    ['sort', { sort: 'random' }],
    ['t', { t: 'decade' }],
    ['kind', { kind: 'poem' }],
    ['outcome', { outcome: 'cured' }],
    ['tag', { tag: Array.from({ length: MAX_FILTER_TAGS + 1 }, (_, i) => `t${i}`) }],
    ['tag.0', { tag: ['x'.repeat(101)] }],
    ['limit', { limit: '500' }],
    ['cursor', { cursor: 'garbage!' }],
    ['onlyChange', { onlyChange: 'yes' }],
  ])('the strict schema names the bad field: %s', (field, input) => {
    const result = storyListQuerySchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field)
  })

  it('refuses a cursor from another sort order', () => {
    const cursor = encodeCursor({ sort: 'top', key: 3, id: 9 })
    const result = storyListQuerySchema.safeParse({ sort: 'new', cursor })
    expect(result.error?.issues[0]?.message).toMatch(/another sort/)
    expect(storyListQuerySchema.parse({ sort: 'top', cursor }).cursor).toEqual({ sort: 'top', key: 3, id: 9 })
  })

  it('the lenient schema falls back per field instead of failing', () => {
    expect(lenientStoryFilterSchema.parse({ sort: 'random', t: 'week', kind: 5, tag: ['Acne', ' ', 'x'.repeat(101)] })).toEqual({
      tag: ['acne'],
      outcome: 'any',
      kind: 'story',
      sort: 'new',
      t: 'week',
      onlyChange: false,
    })
  })
})

describe('filter state in the URL', () => {
  it('leaves defaults out and round-trips the rest', () => {
    const filters = storyFilterSchema.parse({ tag: ['acne', 'zinc'], outcome: 'helped', sort: 'top', t: 'month', kind: 'all' })
    const params = filterSearchParams(filters)
    expect(params.toString()).toBe('tag=acne&tag=zinc&outcome=helped&kind=all&sort=top&t=month')
    expect(storyFilterSchema.parse(filterInput(params))).toEqual(filters)
    expect(filterSearchParams(storyFilterSchema.parse({})).toString()).toBe('')
  })

  it('keeps "only change" as onlyChange=1, and only when chosen', () => {
    const filters = storyFilterSchema.parse(filterInput(new URLSearchParams('tag=acne&tag=zinc&onlyChange=1')))
    expect(filters.onlyChange).toBe(true)
    expect(isDefaultFilters(filters)).toBe(false)
    expect(filterSearchParams(filters).toString()).toBe('tag=acne&tag=zinc&onlyChange=1')
    expect(storyFilterSchema.parse({ onlyChange: '0' }).onlyChange).toBe(false)
    expect(lenientStoryFilterSchema.parse({ onlyChange: 'perhaps' }).onlyChange).toBe(false)
  })

  it('a submitted filter form becomes a URL without the fields left at their default', () => {
    const submitted = new URLSearchParams('q=zinc&sort=new&t=all&kind=story&outcome=helped&tag=acne&tag=zinc&cursor=abc')
    expect(canonicalFilterQuery(submitted).toString()).toBe('q=zinc&outcome=helped&tag=acne&tag=zinc')
    expect(canonicalFilterQuery(new URLSearchParams('sort=new&t=all&kind=story&outcome=any')).toString()).toBe('')
    expect(canonicalFilterQuery(new URLSearchParams('sort=top&onlyChange=1')).toString()).toBe('sort=top&onlyChange=1')
  })

  it('knows a URL that names defaults (a form sent without JavaScript) from a canonical one', () => {
    expect(hasDefaultFilterValues({ tag: 'acne', sort: 'new' })).toBe(true)
    expect(hasDefaultFilterValues(new URLSearchParams('tag=acne&t=all'))).toBe(true)
    expect(hasDefaultFilterValues({ tag: ['acne', 'zinc'], sort: 'top', outcome: 'helped' })).toBe(false)
    expect(hasDefaultFilterValues({})).toBe(false)
  })

  it('toggles a tag on and off', () => {
    const filters = storyFilterSchema.parse({ tag: ['acne'] })
    expect(toggleTag(filters, 'zinc').tag).toEqual(['acne', 'zinc'])
    expect(toggleTag(filters, 'acne').tag).toEqual([])
    expect(isDefaultFilters(toggleTag(filters, 'acne'))).toBe(true)
  })
})

describe('filter rules', () => {
  it('"helped" means helped or helped a lot', () => {
    expect(OUTCOME_GROUPS.helped).toEqual(['HELPED_A_LOT', 'HELPED'])
    expect(outcomesFor('any')).toBeNull()
    expect(outcomesFor('worse')).toEqual(['WORSE'])
  })

  it.each([
    ['all', null],
    ['day', '2025-06-14T12:00:00.000Z'],
    ['week', '2025-06-08T12:00:00.000Z'],
    ['month', '2025-05-16T12:00:00.000Z'],
    ['year', '2024-06-15T12:00:00.000Z'],
  ] as const)('the %s window starts at %s', (window, start) => {
    expect(windowStart(window, new Date('2025-06-15T12:00:00.000Z'))?.toISOString() ?? null).toBe(start)
  })
})
