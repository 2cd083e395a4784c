// @ts-check
// Next's incremental cache (next.config.js `cacheHandler`): where the anonymous list pages of
// app/(anon) live between renders (decision 008). Plain JavaScript because Next loads it as it is.
//
// Next's default handler also writes every rendered page to disk, forever: with one entry per
// filter, search and cursor, readers could fill the disk. This one keeps entries in this
// process only, bounded in bytes (least recently used go first) and in age:
// - an entry older than MAX_AGE_MS is a miss, so a page nobody asked for in a while is rendered
//   before it is served rather than served once more however old (Next's stale-while-revalidate);
// - revalidatePath / revalidateTag expire the entries whose tags they name, at once.
// Each instance has its own copy: a change made through another instance reaches this one's
// anonymous readers within PAGE_CACHE_SECONDS (then rendered again in the background), and at
// worst MAX_AGE_MS.

const MB = 1024 * 1024
export const MAX_AGE_MS = 60_000
const TAGS_HEADER = 'x-next-cache-tags'

/** @typedef {{ value: any, lastModified: number, cacheControl: unknown, tags: string[], size: number }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map()
/** @type {Map<string, number>} tag -> when it was last revalidated */
const revalidatedAt = new Map()
let bytes = 0

function limitBytes() {
  const mb = Number(process.env.PAGE_CACHE_MB)
  return (Number.isFinite(mb) && mb >= 0 ? mb : 64) * MB
}

/** @param {any} value */
function sizeOf(value) {
  if (!value) return 64
  let size = 0
  if (typeof value.html === 'string') size += value.html.length
  if (value.rscData) size += value.rscData.length ?? 0
  if (value.segmentData instanceof Map) for (const [path, buffer] of value.segmentData) size += path.length + (buffer?.length ?? 0)
  if (typeof value.body === 'string' || value.body?.length) size += value.body.length
  if (typeof value.postponed === 'string') size += value.postponed.length
  return size || 1024
}

/** @param {any} value @param {string[] | undefined} extra */
function tagsOf(value, extra) {
  const header = value?.headers?.[TAGS_HEADER]
  const own = typeof header === 'string' ? header.split(',') : []
  return [...new Set([...own, ...(extra ?? [])])]
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key)
  if (!entry) return
  entries.delete(key)
  bytes -= entry.size
}

export default class PageCacheHandler {
  /** @param {string} key @param {{ softTags?: string[], tags?: string[] }} [ctx] */
  async get(key, ctx) {
    const entry = entries.get(key)
    if (!entry) return null
    const expired =
      Date.now() - entry.lastModified > MAX_AGE_MS ||
      [...entry.tags, ...(ctx?.softTags ?? []), ...(ctx?.tags ?? [])].some((tag) => (revalidatedAt.get(tag) ?? -1) >= entry.lastModified)
    if (expired) {
      remove(key)
      return null
    }
    // Most recently used last: eviction takes from the front.
    entries.delete(key)
    entries.set(key, entry)
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl }
  }

  /** @param {string} key @param {any} data @param {{ tags?: string[], cacheControl?: unknown }} [ctx] */
  async set(key, data, ctx) {
    remove(key)
    if (!data) return
    const entry = { value: data, lastModified: Date.now(), cacheControl: ctx?.cacheControl, tags: tagsOf(data, ctx?.tags), size: key.length + sizeOf(data) }
    const limit = limitBytes()
    if (entry.size > limit) return
    entries.set(key, entry)
    bytes += entry.size
    for (const oldest of entries.keys()) {
      if (bytes <= limit) break
      remove(oldest)
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const now = Date.now()
    for (const tag of typeof tags === 'string' ? [tags] : tags) revalidatedAt.set(tag, now)
  }

  resetRequestCache() {}

  /** For tests and the bench: entries held and their bytes. */
  static stats() {
    return { entries: entries.size, bytes }
  }

  /** For tests: forget everything. */
  static clear() {
    entries.clear()
    revalidatedAt.clear()
    bytes = 0
  }
}
