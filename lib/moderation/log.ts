// The moderation log, in two views of the same rows. Moderators (/mod/log) see everything,
// private notes and details included. The public (/moderation) sees what was done, to what, why
// and by which moderator (as on Lobsters: moderators answer for what they do), but never a
// private note, never who reported (reports are not in this table at all) and never the title
// or text of something that is hidden or waiting for review.
import 'server-only'
import { db } from '../db'
import type { ContentStatus, ModAction, TargetType } from '../generated/prisma/enums'
import { paths } from '../paths'

export const LOG_PAGE_SIZE = 50
/** Housekeeping entries the public log leaves out: the banned-terms list must not help spammers. */
const NOT_PUBLIC: readonly ModAction[] = ['BANNED_TERMS', 'SETTING_CHANGE' as ModAction]

export type LogAudience = 'moderators' | 'public'

export interface LogEntry {
  id: number
  action: ModAction
  createdAt: Date
  moderatorHandle: string | null
  targetType: TargetType | null
  target: { label: string; href: string | null }
  reason: string | null
  /** A short reading of `details`: "for 7 days", "+eczema −acne", "member → moderator". */
  summary: string | null
  /** Moderators only; always null in the public view. */
  privateNote: string | null
}

export interface LogPage {
  entries: LogEntry[]
  /** Pass as `before` for the next (older) page; null on the last. */
  nextBefore: number | null
}

const PAST_TENSE: Record<string, string> = {
  DISMISS: 'dismissed reports about',
  APPROVE: 'approved',
  HIDE: 'hid',
  REMOVE: 'removed',
  RESTORE: 'restored',
  LOCK: 'locked',
  UNLOCK: 'unlocked',
  PIN: 'pinned',
  UNPIN: 'unpinned',
  EDIT_TAGS: 'edited the tags of',
  WARN: 'warned',
  SUSPEND: 'suspended',
  BAN: 'banned',
  UNBAN: 'unbanned',
  ROLE_CHANGE: 'changed the role of',
  BANNED_TERMS: 'changed the banned terms',
  SETTING_CHANGE: 'changed a setting',
}

export function actionVerb(action: ModAction): string {
  return PAST_TENSE[action] ?? action.toLowerCase().replace(/_/g, ' ')
}

function summarise(action: ModAction, details: unknown): string | null {
  if (!details || typeof details !== 'object') return null
  const d = details as Record<string, unknown>
  if (action === 'SUSPEND' && typeof d.days === 'number') return `for ${d.days} ${d.days === 1 ? 'day' : 'days'}`
  if (action === 'EDIT_TAGS') {
    const added = Array.isArray(d.added) ? d.added.map((s) => `+${String(s)}`) : []
    const removed = Array.isArray(d.removed) ? d.removed.map((s) => `−${String(s)}`) : []
    return [...added, ...removed].join(' ') || null
  }
  if (action === 'ROLE_CHANGE' && typeof d.from === 'string' && typeof d.to === 'string') return `${d.from.toLowerCase()} → ${d.to.toLowerCase()}`
  return null
}

const shownPublicly = (status: ContentStatus) => status === 'VISIBLE' || status === 'REMOVED'

interface Row {
  id: number
  action: ModAction
  createdAt: Date
  targetType: TargetType | null
  reason: string | null
  privateNote: string | null
  details: unknown
  actor: { handle: string } | null
  targetUser: { handle: string } | null
  post: { id: number; title: string; status: ContentStatus; deletedAt: Date | null } | null
  comment: { id: number; status: ContentStatus; deletedAt: Date | null; post: { id: number; title: string; status: ContentStatus } } | null
}

function describeTarget(row: Row, audience: LogAudience): LogEntry['target'] {
  const full = audience === 'moderators'
  if (row.targetType === 'POST') {
    const post = row.post
    if (!post) return { label: '[deleted story]', href: null }
    if (post.deletedAt && !full) return { label: '[deleted story]', href: null }
    if (!full && !shownPublicly(post.status)) return { label: '[a story under review]', href: null }
    if (!full && post.status === 'REMOVED') return { label: '[removed story]', href: paths.thread(post.id) }
    return { label: `“${post.title}”`, href: paths.thread(post.id, post.title) }
  }
  if (row.targetType === 'COMMENT') {
    const comment = row.comment
    if (!comment) return { label: '[deleted reply]', href: null }
    const thread = comment.post
    const threadTitle = full || shownPublicly(thread.status) ? (thread.status === 'REMOVED' && !full ? '[removed story]' : `“${thread.title}”`) : '[a story under review]'
    if (!full && (comment.deletedAt || !shownPublicly(comment.status))) {
      return { label: `${comment.deletedAt ? '[deleted reply]' : '[a reply under review]'} in ${threadTitle}`, href: null }
    }
    const label = !full && comment.status === 'REMOVED' ? `[removed reply] in ${threadTitle}` : `a reply in ${threadTitle}`
    return { label, href: shownPublicly(thread.status) || full ? paths.comment(thread.id, comment.id) : null }
  }
  if (row.targetType === 'USER') {
    return row.targetUser ? { label: row.targetUser.handle, href: paths.user(row.targetUser.handle) } : { label: '[deleted account]', href: null }
  }
  return { label: '', href: null }
}

/** One page of the log, newest first; keyset on id (no OFFSET: stable while entries arrive). */
export async function listModerationLog(audience: LogAudience, before?: number): Promise<LogPage> {
  const full = audience === 'moderators'
  const rows: Row[] = await db.moderationAction.findMany({
    where: { ...(before ? { id: { lt: before } } : {}), ...(full ? {} : { action: { notIn: [...NOT_PUBLIC] } }) },
    orderBy: { id: 'desc' },
    take: LOG_PAGE_SIZE + 1,
    select: {
      id: true,
      action: true,
      createdAt: true,
      targetType: true,
      reason: true,
      privateNote: true,
      details: true,
      actor: { select: { handle: true } },
      targetUser: { select: { handle: true } },
      post: { select: { id: true, title: true, status: true, deletedAt: true } },
      comment: { select: { id: true, status: true, deletedAt: true, post: { select: { id: true, title: true, status: true } } } },
    },
  })
  const page = rows.slice(0, LOG_PAGE_SIZE)
  return {
    entries: page.map((row) => ({
      id: row.id,
      action: row.action,
      createdAt: row.createdAt,
      moderatorHandle: row.actor?.handle ?? null,
      targetType: row.targetType,
      target: describeTarget(row, audience),
      reason: row.reason,
      summary: summarise(row.action, row.details),
      // Dropped here for the public: the page's data never holds it.
      privateNote: full ? row.privateNote : null,
    })),
    nextBefore: rows.length > LOG_PAGE_SIZE ? page[page.length - 1]!.id : null,
  }
}

/** `?before=` of a log page: a positive id, or undefined for the newest page. */
export function beforeParam(value: string | string[] | undefined): number | undefined {
  const n = typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(n) && n > 0 && n <= 2_147_483_647 ? n : undefined
}
