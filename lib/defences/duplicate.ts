// The duplicate-content check: the same text posted again by the same author within an hour, as
// a story or a reply, is refused. No stored hash: the hourly rate limits cap what an author can
// have written in the last hour (at most 5 stories and 60 replies), and both tables are indexed
// on (authorId, createdAt), so reading that hour back and comparing is cheap.
import 'server-only'
import { db } from '../db'

export const DUPLICATE_WINDOW_MINUTES = 60
/** More than any hourly limit allows; only a guard against reading an unbounded range. */
const MAX_RECENT_ROWS = 100

/** Same text for the check: Unicode-normalised, case-folded, whitespace collapsed. */
export function normalizeBody(body: string): string {
  return body.normalize('NFKC').toLocaleLowerCase('en').replace(/\s+/gu, ' ').trim()
}

export function duplicateMessage(postedAt: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - postedAt.getTime()) / 60_000))
  const ago = minutes === 0 ? 'less than a minute ago' : minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`
  return `You posted this same text ${ago}.`
}

/**
 * When `authorId` posted `body` (normalised) as a story or a reply within the last hour, the
 * time of the latest such post; else null. Deleted posts do not count: deleting and posting
 * again is allowed.
 */
export async function findRecentDuplicate(authorId: string, body: string, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - DUPLICATE_WINDOW_MINUTES * 60_000)
  const where = { authorId, createdAt: { gt: since }, deletedAt: null }
  const [posts, comments] = await Promise.all([
    db.post.findMany({ where, select: { body: true, createdAt: true }, orderBy: { createdAt: 'desc' }, take: MAX_RECENT_ROWS }),
    db.comment.findMany({ where, select: { body: true, createdAt: true }, orderBy: { createdAt: 'desc' }, take: MAX_RECENT_ROWS }),
  ])
  const wanted = normalizeBody(body)
  let latest: Date | null = null
  for (const row of [...posts, ...comments]) {
    if (normalizeBody(row.body) === wanted && (!latest || row.createdAt > latest)) latest = row.createdAt
  }
  return latest
}

/** A field error for `body` when it repeats a post from the last hour, else null. */
export async function duplicateBodyError(authorId: string, body: string, now = new Date()): Promise<string | null> {
  const postedAt = await findRecentDuplicate(authorId, body, now)
  return postedAt ? duplicateMessage(postedAt, now) : null
}
