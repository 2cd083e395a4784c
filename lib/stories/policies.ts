// Who may see what of a post. Pure predicates: pages use them to decide what to render, and
// the same functions guard the server side.
import type { ContentStatus, Visibility } from '../generated/prisma/enums'
import type { Viewer } from '../viewer'

export const MEMBERS_ONLY_EXCERPT_LENGTH = 200

export interface PostAccessFacts {
  status: ContentStatus
  visibility: Visibility
  authorId: string | null
}

export function isStaff(viewer: Viewer): boolean {
  return viewer?.role === 'MODERATOR' || viewer?.role === 'ADMIN'
}

/** Whether the post exists for this viewer at all (else: 404). */
export function canSeePost(viewer: Viewer, post: PostAccessFacts): boolean {
  if (post.status === 'VISIBLE' || post.status === 'REMOVED') return true
  // Pending and hidden posts: their author and the moderators.
  return isStaff(viewer) || (viewer !== null && viewer.id === post.authorId)
}

/** Whether the viewer may read the whole post, rather than its title and an excerpt. */
export function canReadFullPost(viewer: Viewer, post: PostAccessFacts): boolean {
  return canSeePost(viewer, post) && (post.visibility === 'PUBLIC' || viewer !== null)
}
