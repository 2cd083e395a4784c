// Which requests the anonymous page cache answers (decision 008). proxy.ts rewrites a reader who
// is not signed in from a story list (/, /stories, /search, /tags/<slug>) to its twin under
// /anon, a page rendered without the session and kept by Next's incremental cache for
// PAGE_CACHE_SECONDS, so a thousand readers of the same list cost one render. Members, who see
// their own menu, drafts and hidden-to-others content, always get the page rendered for them.
// Pure: the proxy and the cached pages share it, and nothing here touches the database.
import type { PageSearchParams } from '../discovery/url'

export const ANONYMOUS_ROOT = '/anon'
/** How long an anonymous list may be reused before it is rendered again (in the background).
 * The route segment configs in app/(anon) repeat it as a literal, as Next requires. */
export const PAGE_CACHE_SECONDS = 10
/** Longer keys (a 10,000-character search, a pile of tags) are rendered per request instead. */
export const MAX_CACHED_QUERY_LENGTH = 1500

/** The query fields each list reads; anything else is dropped, so junk parameters cannot mint
 * cache entries. */
const LIST_FIELDS = ['tag', 'outcome', 'kind', 'sort', 't', 'onlyChange', 'cursor']
const ROUTES = [
  { pattern: /^\/$/, page: 'home', fields: LIST_FIELDS },
  { pattern: /^\/stories$/, page: 'stories', fields: LIST_FIELDS },
  { pattern: /^\/search$/, page: 'search', fields: ['q', ...LIST_FIELDS] },
  // The tag page offers only sort and outcome (components/pages/tag-page.tsx).
  { pattern: /^\/tags\/([^/]+)$/, page: 'tags', fields: ['sort', 'outcome', 'cursor'] },
] as const

/** next-auth's session cookie (production name with the __Secure- prefix, and the chunks it
 * splits a long token into). Its presence alone decides: a stale or forged one only costs its
 * sender a per-request render. */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) if (/^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(name)) return true
  return false
}

/** The cached twin of a request, or null when it must be rendered for its sender. */
export function anonymousPagePath(request: { method: string; pathname: string; search: string; cookieNames: Iterable<string> }): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (hasSessionCookie(request.cookieNames)) return null
  for (const route of ROUTES) {
    const match = route.pattern.exec(request.pathname)
    if (!match) continue
    const query = encodeQuery(new URLSearchParams(request.search), route.fields)
    if (query.length > MAX_CACHED_QUERY_LENGTH) return null
    return route.page === 'tags' ? `${ANONYMOUS_ROOT}/tags/${match[1]}/${query}` : `${ANONYMOUS_ROOT}/${route.page}/${query}`
  }
  return null
}

/** The kept fields, in their order, as one path segment: "q" and the query in base64url (the
 * query is percent-encoded ASCII, so btoa is safe). */
export function encodeQuery(params: URLSearchParams, fields: readonly string[]): string {
  const kept = new URLSearchParams()
  for (const [name, value] of params) if (fields.includes(name)) kept.append(name, value)
  return `q${btoa(kept.toString()).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}

/** The searchParams a cached page renders, or null for a segment encodeQuery did not write. */
export function decodeQuery(segment: string): PageSearchParams | null {
  if (!/^q[A-Za-z0-9_-]*$/.test(segment)) return null
  let text: string
  try {
    text = atob(segment.slice(1).replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    return null
  }
  const result: PageSearchParams = {}
  for (const [name, value] of new URLSearchParams(text)) {
    const existing = result[name]
    result[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
  }
  return result
}
