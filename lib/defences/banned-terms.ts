// The banned terms in force: read from the BannedTerm table (kept by admins at /admin/moderation)
// and matched with ./banned-term-rules.ts. Each app instance keeps the list in memory for
// BANNED_TERMS_CACHE_SECONDS: a change made on one instance reaches the others within that window
// (the instance that made it reloads at once).
import 'server-only'
import { db } from '../db'
import { bannedTermMessage, compileTerms, findBannedTerm, type CompiledTerms } from './banned-term-rules'

export const BANNED_TERMS_CACHE_SECONDS = 30

interface TermsCache {
  compiled?: CompiledTerms
  loadedAt: number
  /** Bumped by invalidate: a load that started before a change does not store its stale list. */
  generation: number
  loading?: Promise<CompiledTerms>
}
const globalForTerms = globalThis as unknown as { whBannedTerms?: TermsCache }
const cache = (globalForTerms.whBannedTerms ??= { loadedAt: 0, generation: 0 })

/** The banned terms, read from the database at most once per BANNED_TERMS_CACHE_SECONDS. */
export async function getCompiledBannedTerms(now = Date.now()): Promise<CompiledTerms> {
  if (cache.compiled && now - cache.loadedAt < BANNED_TERMS_CACHE_SECONDS * 1000) return cache.compiled
  // One query however many requests arrive while it runs.
  if (!cache.loading) {
    const generation = cache.generation
    const loading = db.bannedTerm
      .findMany({ select: { kind: true, value: true }, orderBy: { id: 'asc' } })
      .then((terms) => {
        const compiled = compileTerms(terms)
        if (cache.generation === generation) Object.assign(cache, { compiled, loadedAt: Date.now() })
        return compiled
      })
      .finally(() => {
        if (cache.loading === loading) cache.loading = undefined
      })
    cache.loading = loading
  }
  return cache.loading
}

/** Forget the cached list in this instance (after an admin changed it here). */
export function invalidateBannedTerms(): void {
  cache.generation += 1
  cache.compiled = undefined
  cache.loading = undefined
}

/**
 * Field errors for banned terms in the given fields ({ body: "Contains a blocked word: …" }),
 * or null when none is found. Empty and missing fields are skipped.
 */
export async function bannedTermErrors(fields: Record<string, string | null | undefined>): Promise<Record<string, string> | null> {
  const compiled = await getCompiledBannedTerms()
  if (!compiled.words.length && !compiled.domains.length) return null
  const errors: Record<string, string> = {}
  for (const [field, text] of Object.entries(fields)) {
    const term = text ? findBannedTerm(text, compiled) : null
    if (term) errors[field] = bannedTermMessage(term)
  }
  return Object.keys(errors).length ? errors : null
}
