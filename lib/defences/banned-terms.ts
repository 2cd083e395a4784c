// The banned terms in force: read from the BannedTerm table (kept by admins at /admin/moderation)
// and matched with ./banned-term-rules.ts. Each app instance keeps the list in memory for
// BANNED_TERMS_CACHE_SECONDS: a change made on one instance reaches the others within that window
// (the instance that made it reloads at once).
import 'server-only'
import { db } from '../db'
import { TtlCache } from '../ttl-cache'
import { bannedTermMessage, compileTerms, findBannedTerm, type CompiledTerms } from './banned-term-rules'

export const BANNED_TERMS_CACHE_SECONDS = 30

// On globalThis so the development server's module reloads keep one list.
const globalForTerms = globalThis as unknown as { whBannedTerms?: TtlCache<'all', CompiledTerms> }
const cache = (globalForTerms.whBannedTerms ??= new TtlCache<'all', CompiledTerms>(BANNED_TERMS_CACHE_SECONDS * 1000, 1))

/** The banned terms, read from the database at most once per BANNED_TERMS_CACHE_SECONDS (one
 * query however many requests arrive while it runs). */
export function getCompiledBannedTerms(now = Date.now()): Promise<CompiledTerms> {
  return cache.get('all', async () => compileTerms(await db.bannedTerm.findMany({ select: { kind: true, value: true }, orderBy: { id: 'asc' } })), now)
}

/** Forget the cached list in this instance (after an admin changed it here): a load already
 * under way is dropped with it, so its older list is never kept. */
export function invalidateBannedTerms(): void {
  cache.delete('all')
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
