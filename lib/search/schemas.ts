// What a search accepts. Anything else gets a clear message rather than a query.
import { storableString } from '../http/storable-text'

export const SEARCH_MAX_LENGTH = 200

export const searchTextSchema = storableString({ message: 'Type a word or a phrase to search for' })
  .trim()
  .min(1, 'Type a word or a phrase to search for')
  .max(SEARCH_MAX_LENGTH, `Search for at most ${SEARCH_MAX_LENGTH} characters`)
  // A word needs a letter or a digit; "%%%" or "!!!" would reach the database as nothing at all.
  .refine((q) => /[\p{L}\p{N}]/u.test(q), 'Search for words: symbols alone find nothing')

/** The words as typed for a heading, in quotation marks unless they carry their own ("fish oil"
 * would otherwise read “"fish oil"”). */
export function quotedSearchText(text: string): string {
  return /["“”]/.test(text) ? text : `“${text}”`
}

/** Text of a snippet split into plain and highlighted runs, rendered as text (never as HTML). */
export interface SnippetPart {
  text: string
  hit: boolean
}

// Private-use code points mark the highlights inside ts_headline's output: they cannot be
// confused with anything a member types into HTML, and the snippet is escaped by React anyway.
export const HIT_START = '\uE000'
export const HIT_END = '\uE001'

/** ts_headline output -> parts, dropping markdown punctuation that reads as noise in a snippet. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  const cleaned = headline
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#~]+/g, '')
    .replace(/(^|\s)>+\s?/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
  let rest = cleaned
  while (rest) {
    const start = rest.indexOf(HIT_START)
    if (start === -1) {
      parts.push({ text: rest, hit: false })
      break
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), hit: false })
    const end = rest.indexOf(HIT_END, start + 1)
    const hit = rest.slice(start + 1, end === -1 ? undefined : end)
    if (hit) parts.push({ text: hit, hit: true })
    rest = end === -1 ? '' : rest.slice(end + 1)
  }
  // Stray markers (a member who typed one) never reach the page.
  return parts
    .map((p) => ({ ...p, text: p.text.replaceAll(HIT_START, '').replaceAll(HIT_END, '') }))
    .filter((p) => p.text)
}
