// New-account rules: an account is "new" for its first day and until three of its posts have
// been approved. New accounts post at lower hourly limits, and what they post with a link is held
// for a moderator (status PENDING) instead of going up at once: link spam comes from fresh accounts.
// Pure functions, shared by the actions, the JSON route and the tests.
import type { ContentStatus } from '../generated/prisma/enums'

export const NEW_ACCOUNT_HOURS = 24
/** Approved (visible) stories and replies after which an account stops being new. */
export const NEW_ACCOUNT_APPROVED_POSTS = 3
const HOUR_MS = 3_600_000

export interface NewAccountFacts {
  createdAt: Date
  approvedPostCount: number
}

export function isNewAccount(user: NewAccountFacts, now = new Date()): boolean {
  return now.getTime() - user.createdAt.getTime() < NEW_ACCOUNT_HOURS * HOUR_MS || user.approvedPostCount < NEW_ACCOUNT_APPROVED_POSTS
}

export const HELD_FOR_REVIEW_MESSAGE = "Held for review: new accounts' posts with links are checked by a moderator first."

/** The status new content starts with: a new account's text with a link waits for review. */
export function initialContentStatus(user: NewAccountFacts, texts: readonly (string | null | undefined)[], now = new Date()): ContentStatus {
  return isNewAccount(user, now) && texts.some((text) => text && containsLink(text)) ? 'PENDING' : 'VISIBLE'
}

// ---------------------------------------------------------------- links

// Top-level domains a spammer uses, matched when written bare ("cheap-pills.shop/buy"). A full list
// would turn typos such as "helped.It" into links; these are the common generic ones, the big
// country codes, and the cheap ones spam favours.
const BARE_TLDS = new Set([
  'com', 'net', 'org', 'info', 'biz', 'io', 'co', 'xyz', 'shop', 'store', 'online', 'site', 'top', 'club',
  'app', 'dev', 'ly', 'ru', 'cn', 'uk', 'de', 'fr', 'nl', 'pl', 'br', 'au', 'ca', 'eu', 'tk', 'ml', 'ga',
  'cf', 'gq', 'pw', 'cc', 'ws', 'icu', 'live', 'link', 'click', 'life', 'health', 'care', 'bio', 'pro',
  'vip', 'win', 'buzz', 'today', 'space', 'website', 'tech', 'fun', 'best', 'cam', 'rest', 'su', 'ua',
  'in', 'us', 'me', 'to', 'tv', 'gg', 'ai', 'es', 'it', 'ch', 'se', 'no', 'be', 'at',
])
// Country codes that are also everyday words: bare, they count only with a path after them
// ("helped.me" is a typo, "helped.me/offer" a link).
const WORD_TLDS = new Set(['in', 'us', 'me', 'to', 'it', 'no', 'be', 'at', 'es', 'se', 'ch', 'co', 'ai', 'tv', 'gg'])

/** Written-out dots spammers use to slip past filters: "example [.] com", "example(dot)com". */
const OBFUSCATED_DOT = /\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\})\s*/gi

const SCHEME = /\b[a-z][a-z0-9+.-]{1,15}:\/\/\S/i
const WWW = /(?:^|[^a-z0-9-])www\d?\.[a-z0-9-]/i
// A host name: labels of letters, digits and hyphens separated by dots, not part of an email
// address, a number ("2.5%") or a longer word; then an optional port and path.
const BARE_HOST = /(?<![@\w.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\w-])(:\d{2,5})?(\/[^\s)]*)?/gi
const MARKDOWN_TARGET = /\]\(\s*<?([^)\s>]+)/g
/** A markdown link's target that leaves the site: a scheme, "//host", "www." or "host.tld…". */
const OFFSITE_TARGET = /^(?:[a-z][a-z0-9+.-]*:|\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?:[/:?#]|$))/i
const PROTOCOL_RELATIVE = /(?:^|[\s("'<[])\/\/[a-z0-9-]+\./i

/** Host names written bare in `text`, lowercased ("Example.COM/x" → "example.com"). */
export function bareHosts(text: string): string[] {
  const hosts: string[] = []
  for (const match of text.replace(OBFUSCATED_DOT, '.').matchAll(BARE_HOST)) {
    const host = match[1]!.toLowerCase()
    const tld = match[2]!.toLowerCase()
    const labels = host.split('.')
    // "e.g", "i.e" and initials: a one-letter name is no domain anyone registers for spam.
    if (labels.length === 2 && labels[0]!.length < 2) continue
    if (/^\d+$/.test(labels[0]!) && labels.length === 2) continue
    if (!BARE_TLDS.has(tld)) continue
    if (WORD_TLDS.has(tld) && !match[4] && !match[3] && labels.length === 2) continue
    hosts.push(host)
  }
  return hosts
}

/**
 * Whether markdown text carries a link a reader could follow: a URL with a scheme, "www.",
 * a markdown link or autolink to another site, a protocol-relative "//host", or a bare domain
 * ("cheap-pills.shop", "example.com/path"). Links within the site ("[see](/t/12)") do not
 * count, and neither do "e.g.", "2.5%", "L. rhamnosus" or an email address.
 */
export function containsLink(markdown: string): boolean {
  if (SCHEME.test(markdown) || WWW.test(markdown) || PROTOCOL_RELATIVE.test(markdown)) return true
  for (const match of markdown.matchAll(MARKDOWN_TARGET)) {
    const target = match[1]!
    if (OFFSITE_TARGET.test(target) && !/^mailto:/i.test(target)) return true
  }
  return bareHosts(markdown).length > 0
}
