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
// Each instance keeps its own copies. With REDIS_URL set, revalidations are shared: each one
// increments its tag's counter in one Redis hash, and every instance reads the hash each
// SYNC_MS and expires its entries under any tag whose counter moved (counters, not timestamps,
// so the instances' clocks need not agree). Without Redis, or while it is unreachable, a change
// made through another instance reaches this one's readers within PAGE_CACHE_SECONDS (rendered
// again in the background), and at worst MAX_AGE_MS.

const MB = 1024 * 1024
export const MAX_AGE_MS = 60_000
export const SYNC_MS = 1_000
export const REVALIDATIONS_KEY = 'wh:page-cache:revalidations'
const TAGS_HEADER = 'x-next-cache-tags'

/** @typedef {{ value: any, lastModified: number, cacheControl: unknown, tags: string[], size: number }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map()
/** @type {Map<string, number>} tag -> when it was last revalidated */
const revalidatedAt = new Map()
let bytes = 0
/** @type {Map<string, number>} tag -> its counter in Redis when last read (absent: 0) */
const seenCounts = new Map()
/** Whether the counters were read once: until then every counter is news to nobody. */
let synced = false
/** @type {Promise<import('ioredis').Redis | null> | null} */
let redis = null
/** @type {ReturnType<typeof setInterval> | null} */
let syncTimer = null
let warned = false

/** The shared Redis client, or null without REDIS_URL. Commands fail fast while it is down
 * (no offline queue): the cache then works on its own, as without Redis. */
function redisClient() {
  if (!process.env.REDIS_URL) return Promise.resolve(null)
  redis ??= import('ioredis').then(({ Redis }) => {
    const client = new Redis(/** @type {string} */ (process.env.REDIS_URL), { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    client.on('error', (error) => {
      if (warned) return
      warned = true
      console.warn(`[page-cache] Redis unavailable, revalidations stay on this instance: ${error.message}`)
    })
    client.on('ready', () => (warned = false))
    // The first command waits for the connection a moment (without an offline queue it would
    // fail at once); after that, a Redis that is down fails fast.
    return new Promise((resolve) => {
      const done = () => resolve(client)
      client.once('ready', done)
      client.once('error', done)
      setTimeout(done, 500).unref()
    })
  })
  return redis
}

function startSync() {
  if (syncTimer || !process.env.REDIS_URL) return
  syncTimer = setInterval(() => void PageCacheHandler.syncFromRedis(), SYNC_MS)
  syncTimer.unref()
}

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
  constructor() {
    startSync()
  }

  /** @param {string} key @param {{ softTags?: string[], tags?: string[] }} [ctx] */
  async get(key, ctx) {
    const entry = entries.get(key)
    if (!entry) return null
    const revalidatedSince = (/** @type {string} */ tag) => (revalidatedAt.get(tag) ?? -1) >= entry.lastModified
    const expired =
      Date.now() - entry.lastModified > MAX_AGE_MS ||
      entry.tags.some(revalidatedSince) ||
      Boolean(ctx?.softTags?.some(revalidatedSince)) ||
      Boolean(ctx?.tags?.some(revalidatedSince))
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
    const list = typeof tags === 'string' ? [tags] : tags
    for (const tag of list) revalidatedAt.set(tag, now)
    const client = await redisClient()
    if (!client) return
    await Promise.all(
      list.map(async (tag) => {
        try {
          const count = await client.hincrby(REVALIDATIONS_KEY, tag, 1)
          // Ours alone moved it: nothing more to expire here when the next read sees it.
          if (synced && (seenCounts.get(tag) ?? 0) === count - 1) seenCounts.set(tag, count)
        } catch {
          // Redis down: this instance is already up to date; the others catch up by age.
        }
      }),
    )
  }

  /** Reads the shared counters and expires what other instances revalidated (every SYNC_MS). */
  static async syncFromRedis() {
    const client = await redisClient()
    if (!client) return
    let counts
    try {
      counts = await client.hgetall(REVALIDATIONS_KEY)
    } catch {
      return
    }
    const now = Date.now()
    for (const [tag, value] of Object.entries(counts)) {
      const count = Number(value)
      if (synced && (seenCounts.get(tag) ?? 0) !== count) revalidatedAt.set(tag, now)
      seenCounts.set(tag, count)
    }
    synced = true
  }

  /** For tests: stops the sync and closes the Redis connection. */
  static async close() {
    if (syncTimer) clearInterval(syncTimer)
    syncTimer = null
    const client = await redis
    redis = null
    await client?.quit().catch(() => {})
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
    seenCounts.clear()
    synced = false
    bytes = 0
  }
}
