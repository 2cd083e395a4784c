// Matching banned words and link domains, kept by admins in the BannedTerm table (/admin/moderation).
// A WORD matches as a whole word, ignoring case and accents, also when spelt out with the same
// separator between every letter ("v i a g r a", "v.i.a.g.r.a"). A URL term is a domain: it
// matches that domain and its subdomains wherever a host name appears (links, bare domains,
// email addresses, "example[.]com").
// Pure functions (the admin form's schema uses them in the browser too); the cached list from the
// database is in ./banned-terms.ts.
import type { BannedTermKind } from '../generated/prisma/enums'

export const BANNED_TERM_MAX_LENGTH = 100

export interface BannedTermRule {
  kind: BannedTermKind
  value: string
}

// ---------------------------------------------------------------- normalising

/** Lowercase, accents removed, compatibility forms folded ("Ｖｉａｇｒａ", "viàgra" → "viagra"). */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').normalize('NFKC').toLocaleLowerCase('en')
}

/** How a WORD term is stored: folded, inner whitespace collapsed. */
export function normalizeWord(value: string): string {
  return foldText(value).replace(/\s+/gu, ' ').trim()
}

/**
 * How a URL term is stored: the bare host name. Accepts what an admin pastes:
 * "https://www.Spam.example/offer?x=1" → "spam.example". Null when there is no host name in it.
 */
export function normalizeDomain(value: string): string | null {
  let host = foldText(value.trim())
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '')
  host = host.replace(/^[^@/]*@/, '').split(/[/?#:\s]/u)[0] ?? ''
  host = host.replace(/^www\d?\./, '').replace(/\.$/, '')
  return HOST_ONLY.test(host) ? host : null
}

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?'
const HOST_ONLY = new RegExp(`^(?:${LABEL}\\.)+\\p{L}[\\p{L}\\p{N}-]{0,62}$`, 'u')
/** Host names anywhere in a text (inside URLs, bare, in email addresses). */
const HOST_IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${LABEL}\\.)+\\p{L}[\\p{L}\\p{N}-]{0,62}(?![\\p{L}\\p{N}])`, 'gu')
/** "example [.] com", "example(dot)com", "example . com": dots written out to dodge filters. */
const OBFUSCATED_DOT = /\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\})\s*|\s+\.\s+(?=[a-z]{2,24}\b)/gu

/** The host names in `text`, folded. */
export function hostsInText(text: string): string[] {
  return [...foldText(text).replace(OBFUSCATED_DOT, '.').matchAll(HOST_IN_TEXT)].map((m) => m[0])
}

export function hostMatchesDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`)
}

// ---------------------------------------------------------------- matching

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}_])'
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}_])'
/** Separators a spelt-out word uses between its letters, the same one each time. */
const SPELT_SEPARATOR = '(?<sep>[\\s.\\-_*·]{1,3})'

function wordPattern(word: string): RegExp {
  const alternatives = [word.split(' ').map(escapeRegExp).join('\\s+')]
  const letters = [...word]
  // Spelt out only for single words of three letters or more ("a s s" would catch too much prose).
  if (!word.includes(' ') && letters.length >= 3) {
    const [first, ...rest] = letters.map(escapeRegExp)
    alternatives.push(`${first}${SPELT_SEPARATOR}${rest.join('\\k<sep>')}`)
  }
  return new RegExp(`${NOT_WORD_BEFORE}(?:${alternatives.join('|')})${NOT_WORD_AFTER}`, 'u')
}

export interface CompiledTerms {
  words: { value: string; pattern: RegExp }[]
  domains: string[]
}

export function compileTerms(terms: readonly BannedTermRule[]): CompiledTerms {
  return {
    words: terms.filter((t) => t.kind === 'WORD').map((t) => ({ value: t.value, pattern: wordPattern(normalizeWord(t.value)) })),
    domains: terms.filter((t) => t.kind === 'URL').map((t) => normalizeDomain(t.value) ?? t.value),
  }
}

/** The first banned term in `text`, or null. */
export function findBannedTerm(text: string, compiled: CompiledTerms): BannedTermRule | null {
  if (!text) return null
  if (compiled.domains.length) {
    for (const host of hostsInText(text)) {
      const domain = compiled.domains.find((d) => hostMatchesDomain(host, d))
      if (domain) return { kind: 'URL', value: domain }
    }
  }
  if (compiled.words.length) {
    const folded = foldText(text)
    const word = compiled.words.find((w) => w.pattern.test(folded))
    if (word) return { kind: 'WORD', value: word.value }
  }
  return null
}

export function bannedTermMessage(term: BannedTermRule): string {
  return term.kind === 'URL' ? `Contains a blocked link: ${term.value}` : `Contains a blocked word: “${term.value}”`
}
