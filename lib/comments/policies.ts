// Comment rules as pure predicates with named constants: pages use them to show buttons, the
// actions use the same functions to enforce them.
import type { ContentStatus } from '../generated/prisma/enums'
import { isNewAccount, type NewAccountFacts } from '../defences/new-account'
import { wilsonInterval } from '../stats'
import type { Viewer } from '../viewer'
import { isPublic } from '../visibility'
import { SEGMENT_WIDTH } from './tree'

export const COMMENTS_PER_HOUR = 60
export const NEW_ACCOUNT_COMMENTS_PER_HOUR = 15
export const COMMENT_MAX_LENGTH = 10_000
/** Comment.path is VARCHAR(600): 100 segments, so depths 0…99. */
export const MAX_COMMENT_DEPTH = 600 / SEGMENT_WIDTH - 1
const HOUR_SECONDS = 3600

/** Lower for new accounts (lib/defences/new-account.ts: the first day, or fewer than 3 approved posts). */
export function commentRateLimit(user: NewAccountFacts, now = new Date()) {
  return isNewAccount(user, now)
    ? { name: 'comments-new-account', points: NEW_ACCOUNT_COMMENTS_PER_HOUR, durationSeconds: HOUR_SECONDS }
    : { name: 'comments', points: COMMENTS_PER_HOUR, durationSeconds: HOUR_SECONDS }
}

export interface ThreadFacts {
  status: ContentStatus
  locked: boolean
}

/** A thread takes replies while it is visible and not locked (a deleted story's thread goes on). */
export function threadAcceptsReplies(post: ThreadFacts): boolean {
  return post.status === 'VISIBLE' && !post.locked
}

export interface CommentFacts {
  authorId: string | null
  status: ContentStatus
  deletedAt: Date | null
}

export const PARENT_CLOSED_MESSAGE = 'That comment takes no replies: it was deleted, hidden or removed, or is awaiting review.'

/**
 * A reply answers a comment that stands: visible, not deleted. One the thread shows as a
 * placeholder (deleted, hidden, removed) or not at all (awaiting review) takes none, so its
 * author is never told about answers to what was withdrawn.
 */
export function commentAcceptsReplies(comment: Pick<CommentFacts, 'status' | 'deletedAt'>): boolean {
  return isPublic(comment)
}

function isAuthor(viewer: Viewer, comment: { authorId: string | null }): boolean {
  return viewer !== null && comment.authorId !== null && viewer.id === comment.authorId
}

/** The author edits their comment while it stands and the thread is open. */
export function canEditComment(viewer: Viewer, comment: CommentFacts, thread: ThreadFacts): boolean {
  return isAuthor(viewer, comment) && comment.deletedAt === null && comment.status !== 'REMOVED' && !thread.locked
}

export function canDeleteComment(viewer: Viewer, comment: CommentFacts): boolean {
  return isAuthor(viewer, comment) && comment.deletedAt === null
}

/**
 * We count no views, only reactions, so a small fixed number of readers is assumed to have
 * seen a comment without marking it helpful: one "helpful" then ranks below five.
 */
export const ASSUMED_UNMOVED_READERS = 2

/** Lower bound of the Wilson interval of "helpful" (evanmiller.org/how-not-to-sort-by-average-rating.html),
 * the same bound that ranks interventions. Never null: there are always assumed readers. */
export function bestScore(comment: { helpfulCount: number }): number {
  return wilsonInterval(comment.helpfulCount, comment.helpfulCount + ASSUMED_UNMOVED_READERS)!.lower
}

export const COMMENT_SORTS = ['best', 'new', 'old'] as const
export type CommentSort = (typeof COMMENT_SORTS)[number]
export const DEFAULT_COMMENT_SORT: CommentSort = 'best'

interface SortableComment {
  path: string
  createdAt: Date
  helpfulCount: number
}

/** Sibling order for each sort; ties fall back to posting order (the path). */
export function siblingComparator(sort: CommentSort): (a: SortableComment, b: SortableComment) => number {
  const byPath = (a: SortableComment, b: SortableComment) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  if (sort === 'old') return byPath
  if (sort === 'new') return (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || byPath(b, a)
  return (a, b) => bestScore(b) - bestScore(a) || byPath(a, b)
}
