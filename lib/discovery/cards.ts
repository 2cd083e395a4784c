// Story cards for the lists in one query: the post, its author's handle and its tags as JSON.
// The rows come back in the shape of storyCardSelect, so lib/stories' toStoryCard (visibility,
// excerpt length, "[deleted]") stays the one place that turns a post into a card.
import { Prisma } from '../generated/prisma/client'
import type { StoryCardRow } from '../stories/queries'

/** Markdown an excerpt of at most a few hundred characters can come from: longer bodies are cut
 * in the database rather than sent whole and parsed whole for every card. */
export const EXCERPT_SOURCE_CHARS = 2_000

export interface CardRow extends Omit<StoryCardRow, 'author' | 'tags'> {
  authorHandle: string | null
  tags: StoryCardRow['tags'] | string
}

export function storyCardsSql(ids: number[]): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p.kind, p.title, left(p.body, ${EXCERPT_SOURCE_CHARS}::int) AS body, p.status, p.visibility, p.pinned, p.locked,
           p."skinNow", p."deletedAt", p."createdAt", p."lastActivityAt", p."commentCount", p."helpfulCount", p."meTooCount",
           p."authorId", u.handle AS "authorHandle",
           coalesce((
             SELECT json_agg(json_build_object(
                      'tagKind', pt."tagKind", 'initialOutcome', pt."initialOutcome", 'outcome', pt.outcome,
                      'durationWeeks', pt."durationWeeks", 'tag', json_build_object('slug', t.slug, 'name', t.name))
                    ORDER BY pt."tagKind", pt."tagId")
             FROM "PostTag" pt JOIN "Tag" t ON t.id = pt."tagId"
             WHERE pt."postId" = p.id
           ), '[]'::json) AS tags
    FROM "Post" p
    LEFT JOIN "User" u ON u.id = p."authorId"
    WHERE p.id IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::int`))})`
}

export function fromCardRow(row: CardRow): StoryCardRow {
  const { authorHandle, tags, ...post } = row
  return {
    ...post,
    author: authorHandle === null ? null : { handle: authorHandle },
    tags: typeof tags === 'string' ? (JSON.parse(tags) as StoryCardRow['tags']) : tags,
  }
}
