// What the public, and each viewer, may see of a story or a comment, written once (lobsters'
// Story.base(user)): the predicates for a row in hand. Browser-safe (forms import policies built
// on these); the same rules as a Prisma where and as SQL are in lib/visibility-sql.ts, and
// tests/lib/visibility.test.ts runs all three against the same rows, so they cannot drift apart.
import type { ContentStatus, Visibility } from './generated/prisma/enums'
import { isModerator } from './roles'
import type { Viewer } from './viewer'

export function isPublic(row: { status: ContentStatus; deletedAt: Date | null }): boolean {
  return row.status === 'VISIBLE' && row.deletedAt === null
}

export function isReadablePost(viewer: Viewer, post: { status: ContentStatus; deletedAt: Date | null; visibility: Visibility }): boolean {
  return isPublic(post) && (viewer !== null || post.visibility === 'PUBLIC')
}

// ---------------------------------------------------------------- a post in hand, for a viewer

export const MEMBERS_ONLY_EXCERPT_LENGTH = 200

export interface PostAccessFacts {
  status: ContentStatus
  visibility: Visibility
  authorId: string | null
}

/** Whether the post exists for this viewer at all (else: 404). */
export function canSeePost(viewer: Viewer, post: PostAccessFacts): boolean {
  if (post.status === 'VISIBLE' || post.status === 'REMOVED') return true
  // Pending and hidden posts: their author and the moderators.
  return isModerator(viewer) || (viewer !== null && viewer.id === post.authorId)
}

/** Whether the viewer may read the whole post, rather than its title and an excerpt. */
export function canReadFullPost(viewer: Viewer, post: PostAccessFacts): boolean {
  return canSeePost(viewer, post) && (post.visibility === 'PUBLIC' || viewer !== null)
}

/** What a page shows instead of a title the viewer may not see (canSeePostTitle). */
export const DELETED_TITLE = '[deleted]'
export const REMOVED_TITLE = '[removed]'

/**
 * Whether the viewer sees the post's own words (its title, its excerpt) wherever they travel:
 * the page, its metadata and links, notifications. Not once its author deleted it; once a
 * moderator removed it, only its author and the moderators (the public log says "[removed
 * story]" too). Pending and hidden posts: whoever canSeePost.
 */
export function canSeePostTitle(viewer: Viewer, post: PostAccessFacts & { deletedAt: Date | null }): boolean {
  if (!canSeePost(viewer, post) || post.deletedAt !== null) return false
  return post.status !== 'REMOVED' || isModerator(viewer) || isAuthor(viewer, post)
}

function isAuthor(viewer: Viewer, post: { authorId: string | null }): boolean {
  return viewer !== null && post.authorId !== null && viewer.id === post.authorId
}
