// Keyset cursors: the last row's sort key and id, opaque to clients. The next page is "rows after
// (key, id) in the sort order", so it costs the same at page 50 as at page 1 and stays stable
// while new stories arrive (no OFFSET).
import type { StorySort } from './schemas'

export interface ListCursor {
  sort: StorySort
  /** createdAt / lastActivityAt in epoch milliseconds, or the helpful count for "top". */
  key: number
  id: number
}

const SORT_CODES: Record<StorySort, string> = { new: 'n', active: 'a', top: 't' }
const CODE_SORTS = Object.fromEntries(Object.entries(SORT_CODES).map(([sort, code]) => [code, sort])) as Record<string, StorySort>
const MAX_INT = 2_147_483_647
// Timestamps between the years 1 and 9999: Date goes further (±275,760 years), but beyond these
// toISOString writes a six-digit, signed year ("-271821-04-20…") that PostgreSQL's timestamp
// refuses, and a forged cursor became a 500. Every story was written well inside them.
const MIN_TIME_MS = Date.parse('0001-01-01T00:00:00.000Z')
const MAX_TIME_MS = Date.parse('9999-12-31T23:59:59.999Z')

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(`${SORT_CODES[cursor.sort]}.${cursor.key}.${cursor.id}`, 'utf8').toString('base64url')
}

/** The cursor, or null for anything that is not one we issued. */
export function decodeCursor(value: string): ListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(value)) return null
  const match = /^([nat])\.(-?\d{1,16})\.(\d{1,10})$/.exec(Buffer.from(value, 'base64url').toString('utf8'))
  if (!match) return null
  const sort = CODE_SORTS[match[1]!]
  const key = Number(match[2])
  const id = Number(match[3])
  if (!sort || !Number.isSafeInteger(key) || id < 1 || id > MAX_INT) return null
  if (sort === 'top' ? key < 0 || key > MAX_INT : key < MIN_TIME_MS || key > MAX_TIME_MS) return null
  return { sort, key, id }
}
