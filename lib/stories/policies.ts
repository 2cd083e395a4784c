// Who may write what of a post. Pure predicates: pages use them to decide what to render, and
// the same functions guard the server side. Who may see a post: lib/visibility.ts.
import { isModerator } from '../roles'
import { isNewAccount, type NewAccountFacts } from '../defences/new-account'
import type { PostAccessFacts } from '../visibility'
import type { Viewer } from '../viewer'

export { isNewAccount } from '../defences/new-account'

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
  return isModerator(viewer) || isAuthor(viewer, content)
}
