// Who may see what of a post. Pure predicates: pages use them to decide what to render, and
// the same functions guard the server side.
import type { ContentStatus, Visibility } from '../generated/prisma/enums'
import { isNewAccount, type NewAccountFacts } from '../defences/new-account'
import type { Viewer } from '../viewer'

export { NEW_ACCOUNT_HOURS, isNewAccount } from '../defences/new-account'

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
  return post.status !== 'REMOVED' || isStaff(viewer) || isAuthor(viewer, post)
}

// ---------------------------------------------------------------- writing

/** New accounts (lib/defences/new-account.ts: the first day, or fewer than 3 approved posts) get lower limits. */
export const STORIES_PER_HOUR = 5
export const NEW_ACCOUNT_STORIES_PER_HOUR = 2
export const STORY_UPDATES_PER_HOUR = 10
const HOUR_SECONDS = 3600

/** The rate limit (lib/rate-limit.ts) that applies to this author's new stories. */
export function storyRateLimit(user: NewAccountFacts, now = new Date()) {
  return isNewAccount(user, now)
    ? { name: 'stories-new-account', points: NEW_ACCOUNT_STORIES_PER_HOUR, durationSeconds: HOUR_SECONDS }
    : { name: 'stories', points: STORIES_PER_HOUR, durationSeconds: HOUR_SECONDS }
}

export const STORY_UPDATE_LIMIT = { name: 'story-updates', points: STORY_UPDATES_PER_HOUR, durationSeconds: HOUR_SECONDS }

export interface PostWriteFacts extends PostAccessFacts {
  kind: 'STORY' | 'DISCUSSION'
  deletedAt: Date | null
}

function isAuthor(viewer: Viewer, post: { authorId: string | null }): boolean {
  return viewer !== null && post.authorId !== null && viewer.id === post.authorId
}

/** The author edits any time while the post is theirs to show (not deleted, not removed). */
export function canEditPost(viewer: Viewer, post: PostWriteFacts): boolean {
  return isAuthor(viewer, post) && post.deletedAt === null && post.status !== 'REMOVED'
}

export function canDeletePost(viewer: Viewer, post: PostWriteFacts): boolean {
  return isAuthor(viewer, post) && post.deletedAt === null
}

/** Follow-ups are for stories: the author appends, never overwrites. */
export function canAddStoryUpdate(viewer: Viewer, post: PostWriteFacts): boolean {
  return canEditPost(viewer, post) && post.kind === 'STORY'
}

/** Earlier versions of a post or comment: its author and the moderators. */
export function canSeeRevisions(viewer: Viewer, content: { authorId: string | null }): boolean {
  return isStaff(viewer) || isAuthor(viewer, content)
}
