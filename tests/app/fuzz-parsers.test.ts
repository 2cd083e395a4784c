// Property-based fuzzing of the parsers the pages and the proxy run on a request's input, below
// what tests/app/fuzz.test.ts reaches by calling the pages (it does not render their nested
// components). Each must never throw, and what it accepts must be safe to hand to PostgreSQL:
// text without NUL or broken surrogates, integers in range, timestamps PostgreSQL can read.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from '@/lib/discovery/cursor'
import { lenientStoryFilterSchema, storyListQuerySchema } from '@/lib/discovery/schemas'
import { filterInput, hasDefaultFilterValues, type PageSearchParams } from '@/lib/discovery/url'
import { isDecodablePath } from '@/lib/http/path-encoding'
import { isStorableText } from '@/lib/http/storable-text'
import { compareInput, compareQuerySchema, conditionParamsSchema } from '@/lib/insights/schemas'
import { anonymousPagePath, decodeQuery } from '@/lib/page-cache/routing'
import { searchTextSchema } from '@/lib/search/schemas'

const RUNS = { numRuns: 500 }
const NAMES = ['tag', 'outcome', 'kind', 'sort', 't', 'onlyChange', 'cursor', 'limit', 'q', 'i']

const text = fc.oneof(
  fc.constantFrom('\u0000', 'acne\u0000', '\ud800', 'a\udc00', '%', '%ZZ', '', ' ', '-1', '1e309', '9'.repeat(30), 'x'.repeat(300), 'acne', 'new', 'top', 'helped', '1', 'true'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 120 }),
)
/** A page's searchParams as Next hands them over: a string or a list per name. */
const pageSearchParams: fc.Arbitrary<PageSearchParams> = fc.dictionary(fc.oneof(fc.constantFrom(...NAMES), text), fc.oneof(text, fc.array(text, { maxLength: 4 })), { maxKeys: 8 })

/** A keyset cursor as a client could forge it: any sort code and any digits. */
const forgedCursor = fc
  .tuple(fc.constantFrom('n', 'a', 't', 'x'), fc.oneof(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), fc.integer()), fc.oneof(fc.integer(), fc.bigInt({ min: 0n, max: 10n ** 10n })))
  .map(([sort, key, id]) => Buffer.from(`${sort}.${key}.${id}`, 'utf8').toString('base64url'))

/** What PostgreSQL's timestamp reads: toISOString with a four-digit year. */
const isStorableTime = (ms: number) => /^\d{4}-/.test(new Date(ms).toISOString())

describe('page and API parsers, fuzzed', () => {
  it('the story filter parsers never throw, and keep only tags PostgreSQL can compare', () => {
    fc.assert(
      fc.property(pageSearchParams, (params) => {
        const input = filterInput(params)
        const lenient = lenientStoryFilterSchema.parse(input)
        for (const tag of lenient.tag) expect(isStorableText(tag)).toBe(true)
        hasDefaultFilterValues(params)
        const strict = storyListQuerySchema.safeParse(input)
        if (strict.success) {
          for (const tag of strict.data.tag) expect(isStorableText(tag)).toBe(true)
          expect(Number.isInteger(strict.data.limit)).toBe(true)
        }
      }),
      RUNS,
    )
  })

  it('a cursor is refused or decodes to a key PostgreSQL can compare', () => {
    fc.assert(
      fc.property(fc.oneof(forgedCursor, text), (value) => {
        const cursor = decodeCursor(value)
        if (!cursor) return
        expect(cursor.id).toBeGreaterThanOrEqual(1)
        expect(cursor.id).toBeLessThanOrEqual(2_147_483_647)
        if (cursor.sort === 'top') expect(cursor.key).toBeLessThanOrEqual(2_147_483_647)
        else expect(isStorableTime(cursor.key)).toBe(true)
        expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
      }),
      RUNS,
    )
  })

  it('search text is refused with a message or is text PostgreSQL can store', () => {
    fc.assert(
      fc.property(text, (q) => {
        const parsed = searchTextSchema.safeParse(q)
        if (parsed.success) expect(isStorableText(parsed.data)).toBe(true)
        else expect(parsed.error.issues[0]?.message).toEqual(expect.any(String))
      }),
      RUNS,
    )
  })

  it('the insights params and comparison list never throw, and accept only slugs', () => {
    fc.assert(
      fc.property(text, fc.oneof(text, fc.array(text, { maxLength: 5 })), (condition, i) => {
        const params = conditionParamsSchema.safeParse({ condition })
        if (params.success) expect(params.data.condition).toMatch(/^[a-z0-9-]+$/)
        const compare = compareQuerySchema.safeParse(compareInput(i))
        if (compare.success) for (const slug of compare.data.i) expect(slug).toMatch(/^[a-z0-9-]+$/)
      }),
      RUNS,
    )
  })

  it('the proxy’s parsers never throw on any path or query', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.webPath()), fc.oneof(text, fc.webQueryParameters()), (pathname, search) => {
        isDecodablePath(`/${pathname}`)
        const target = anonymousPagePath({ method: 'GET', pathname: `/${pathname}`, search: `?${search}`, cookieNames: [] })
        if (target) expect(decodeQuery(target.split('/').at(-1)!)).not.toBeNull()
        decodeQuery(pathname)
      }),
      RUNS,
    )
  })
})
