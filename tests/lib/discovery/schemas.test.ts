import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from '@/lib/discovery/cursor'
import { OUTCOME_GROUPS, outcomesFor, windowStart } from '@/lib/discovery/filters'
import { lenientStoryFilterSchema, MAX_FILTER_TAGS, storyFilterSchema, storyListQuerySchema } from '@/lib/discovery/schemas'
import { filterInput, filterSearchParams, isDefaultFilters, toggleTag } from '@/lib/discovery/url'

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
