// A small in-process cache with an expiry, for values a page may show a little stale (facet
// counts, the banned-terms list). Each app instance keeps its own: nothing per viewer goes in it.
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { expires: number; value: Promise<V> }>()

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  /** The cached value, or `load()`'s (concurrent callers share one load; a failed load is not kept). */
  get(key: K, load: () => Promise<V>, now = Date.now()): Promise<V> {
    const hit = this.entries.get(key)
    if (hit && hit.expires > now) return hit.value
    if (this.entries.size >= this.maxEntries) {
      // Oldest first: Map keeps insertion order.
      for (const [k, entry] of this.entries) if (entry.expires <= now || this.entries.size >= this.maxEntries) this.entries.delete(k)
    }
    const value = load()
    this.entries.set(key, { expires: now + this.ttlMs, value })
    // A failed load is forgotten, unless a newer one has taken its place meanwhile.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key)
    })
    return value
  }

  delete(key: K): void {
    this.entries.delete(key)
  }

  clear(): void {
    this.entries.clear()
  }
}
