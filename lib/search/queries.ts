import 'server-only'
import { db } from '../db'
import { storyCardsByIds, type ResolvedFilters } from '../discovery/queries'
import type { StoryCard } from '../stories/queries'
import type { Viewer } from '../viewer'
import { snippetParts, type SnippetPart } from './schemas'
import { SEARCH_CANDIDATE_CAP, searchSql, type SearchRow } from './sql'


export interface SearchHit {
  story: StoryCard
  title: SnippetPart[]
  snippet: SnippetPart[]
  /** Where the words were found: the story itself, or only its replies. */
  matchedIn: 'post' | 'comments'
}

export type SearchResult =
  | { ok: true; hits: SearchHit[]; /** More matched than were ranked. */ capped: boolean }
  | { ok: false; message: string }

/** Full-text search over titles, bodies and replies (websearch syntax: "a phrase", or, -not),
 * ranked, with highlighted snippets; combinable with the list filters. `text` must have passed
 * searchTextSchema. */
export async function searchStories(viewer: Viewer, text: string, filters: ResolvedFilters, now = new Date()): Promise<SearchResult> {
  if (filters.unknownTags.length) return { ok: true, hits: [], capped: false }
  const rows = await db.$queryRaw<SearchRow[]>(searchSql(text, filters, viewer, now))
  if (!rows.length) {
    // Only when nothing matched: was there anything to search for at all?
    const [check] = await db.$queryRaw<{ n: number }[]>`SELECT numnode(websearch_to_tsquery('english', ${text}))::int AS n`
    if (!check?.n) {
      return { ok: false, message: 'Those words are too common to search for (like "the" or "and"): try more specific ones.' }
    }
    return { ok: true, hits: [], capped: false }
  }
  const cards = new Map((await storyCardsByIds(viewer, rows.map((r) => r.id))).map((c) => [c.id, c]))
  const hits = rows.flatMap((row): SearchHit[] => {
    const story = cards.get(row.id)
    if (!story) return []
    return [
      {
        story,
        title: snippetParts(row.titleHeadline),
        snippet: story.membersOnly && !viewer ? [] : snippetParts(row.bodyHeadline ?? ''),
        matchedIn: row.inPost ? 'post' : 'comments',
      },
    ]
  })
  const first = rows[0]!
  return { ok: true, hits, capped: first.postHits >= SEARCH_CANDIDATE_CAP || first.commentHits >= SEARCH_CANDIDATE_CAP }
}
