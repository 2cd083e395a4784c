'use server'
// Every moderation verb goes through one action: guard (requireModerator) → zod → one
// transaction that locks the target, decides with lib/moderation/policies.ts on what it locked,
// changes it, writes the audit entry, settles the open reports about it and notifies the
// author (with the public reason, never the private note) and each reporter (only that their
// report was handled). Expected refusals come back as the one form answer (lib/forms.ts); the
// form keeps what was typed.
import { refreshPublicPages } from '../page-cache/refresh'
import { ForbiddenError, InvalidFieldsError, UnauthorizedError } from '../api/errors'
import { requireModerator, type SessionUser } from '../auth'
import { db } from '../db'
import { formFailure, type FailureWording } from '../form-failure'
import { failed, invalid, succeeded, type FormResult } from '../forms'
import type { Prisma } from '../generated/prisma/client'
import type { ContentStatus, NotificationKind } from '../generated/prisma/enums'
import { emailCommentNotifications } from '../notifications/email'
import { enforce } from '../rate-limit'
import { setCommentStatus, setPostStatus } from '../content-status'
import { announceApprovedComment } from '../notifications/notify'
import { MOD_ACTIONS_PER_HOUR, REPORT_OUTCOME, canModerate, decideModAction, type ModTarget, type ModVerb } from './policies'
import { modActionSchema, readModActionForm, type ModActionInput } from './schemas'
import { replacePostTags } from './tags'

type Tx = Prisma.TransactionClient

const DAY_MS = 86_400_000
const MOD_LIMIT = { name: 'moderation', points: MOD_ACTIONS_PER_HOUR, durationSeconds: 3600 }

/** A refusal decided on the locked row: the message, under the field it is about when there is one. */
function refusal(message: string, field?: string): Error {
  return field ? new InvalidFieldsError({ [field]: [message] }, message) : new ForbiddenError(message)
}

const wording: FailureWording = {
  signIn: new UnauthorizedError().message,
  // A refusal by field is about one field: its message is the form's message too.
  invalid: (fields) => Object.values(fields)[0]?.[0] ?? 'Please correct the fields marked below.',
  retry: (_message, wait) => `Too many moderation actions: try again in ${wait}.`,
}

interface LoadedTarget {
  target: ModTarget
  /** Who is told about the action: the content's author or the account itself. */
  ownerId: string | null
  postId: number | null
  commentId: number | null
  reportWhere: Prisma.ReportWhereInput
  otherChanges: string | null
}

async function loadTarget(tx: Tx, input: ModActionInput): Promise<LoadedTarget> {
  if (input.targetType === 'POST') {
    const id = Number(input.targetId)
    const rows = await tx.$queryRaw<
      { status: ContentStatus; deletedAt: Date | null; locked: boolean; pinned: boolean; kind: 'STORY' | 'DISCUSSION'; authorId: string | null; otherChanges: string | null }[]
    >`SELECT status, "deletedAt", locked, pinned, kind, "authorId", "otherChanges" FROM "Post" WHERE id = ${id} FOR UPDATE`
    const row = rows[0]
    if (!row) throw refusal('That story no longer exists.')
    return {
      target: { type: 'POST', authorId: row.authorId, status: row.status, deleted: row.deletedAt !== null, locked: row.locked, pinned: row.pinned, kind: row.kind },
      ownerId: row.authorId,
      postId: id,
      commentId: null,
      reportWhere: { targetType: 'POST', postId: id },
      otherChanges: row.otherChanges,
    }
  }
  if (input.targetType === 'COMMENT') {
    const id = Number(input.targetId)
    const rows = await tx.$queryRaw<{ status: ContentStatus; deletedAt: Date | null; authorId: string | null; postId: number; locked: boolean }[]>`
      SELECT c.status, c."deletedAt", c."authorId", c."postId", p.locked
      FROM "Comment" c JOIN "Post" p ON p.id = c."postId"
      WHERE c.id = ${id} FOR UPDATE OF c`
    const row = rows[0]
    if (!row) throw refusal('That reply no longer exists.')
    return {
      target: { type: 'COMMENT', authorId: row.authorId, status: row.status, deleted: row.deletedAt !== null, threadLocked: row.locked },
      ownerId: row.authorId,
      postId: row.postId,
      commentId: id,
      reportWhere: { targetType: 'COMMENT', commentId: id },
      otherChanges: null,
    }
  }
  const id = String(input.targetId)
  const rows = await tx.$queryRaw<{ id: string; role: 'MEMBER' | 'MODERATOR' | 'ADMIN'; status: 'ACTIVE' | 'SUSPENDED' | 'BANNED'; suspendedUntil: Date | null }[]>`
    SELECT id, role, status, "suspendedUntil" FROM "User" WHERE id = ${id} FOR UPDATE`
  const row = rows[0]
  if (!row) throw refusal('That account no longer exists.')
  return {
    target: { type: 'USER', id: row.id, role: row.role, status: row.status, suspendedUntil: row.suspendedUntil },
    ownerId: row.id,
    postId: null,
    commentId: null,
    reportWhere: { targetType: 'USER', targetUserId: row.id },
    otherChanges: null,
  }
}

/** What the author is told (plain text; pages render it as text). */
function authorNotice(verb: ModVerb, target: ModTarget, reason: string | undefined, until?: Date): string | null {
  const noun = target.type === 'COMMENT' ? 'reply' : target.type === 'POST' ? 'story' : 'account'
  const why = reason ? `: ${reason}` : '.'
  switch (verb) {
    case 'DISMISS':
      return null
    case 'APPROVE':
      return `Your ${noun} was approved and is now public.`
    case 'HIDE':
      return `Your ${noun} was hidden by the moderators (only you and they can see it)${why}`
    case 'REMOVE':
      return `Your ${noun} was removed by the moderators${why}`
    case 'RESTORE':
      return `Your ${noun} was restored${why}`
    case 'LOCK':
      return `Your thread was locked: it takes no new replies${why}`
    case 'UNLOCK':
      return `Your thread was unlocked${why}`
    case 'PIN':
      return `Your story was pinned by the moderators${why}`
    case 'UNPIN':
      return `Your story was unpinned${why}`
    case 'EDIT_TAGS':
      return `The moderators corrected the tags of your story${why}`
    case 'WARN':
      // The notification says "A moderator sent you a warning"; the reason is the warning.
      return reason ?? null
    case 'SUSPEND':
      return `Your account is suspended until ${until!.toUTCString()}: you can read, but not post${why}`
    case 'BAN':
      return `Your account is banned${why}`
    case 'UNBAN':
      return `Your account is active again${why}`
  }
}

const DONE: Record<ModVerb, string> = {
  DISMISS: 'Reports dismissed.',
  APPROVE: 'Approved.',
  HIDE: 'Hidden.',
  REMOVE: 'Removed.',
  RESTORE: 'Restored.',
  LOCK: 'Thread locked.',
  UNLOCK: 'Thread unlocked.',
  PIN: 'Pinned.',
  UNPIN: 'Unpinned.',
  EDIT_TAGS: 'Tags saved.',
  WARN: 'Warning sent.',
  SUSPEND: 'Account suspended.',
  BAN: 'Account banned.',
  UNBAN: 'Account active again.',
}

async function applyModAction(tx: Tx, actor: SessionUser, input: ModActionInput): Promise<string> {
  const verb = input.action
  const loaded = await loadTarget(tx, input)
  const { target } = loaded
  const openReports = await tx.report.count({ where: { ...loaded.reportWhere, status: 'OPEN' } })
  const decision = decideModAction(actor, verb, target, { openReports })
  if (!decision.ok) throw refusal(decision.reason)

  const reason = input.reason
  let details: Record<string, unknown> = {}
  let until: Date | undefined
  const setStatus = async (to: ContentStatus, kept: string | null = null) => {
    const change = target.type === 'POST' ? await setPostStatus(tx, loaded.postId!, to, kept) : await setCommentStatus(tx, loaded.commentId!, to, kept)
    if (!change) throw refusal('That item no longer exists.')
    if (target.type === 'COMMENT' && change.from === 'PENDING' && change.to === 'VISIBLE' && change.authorId) {
      await announceApprovedComment(tx, loaded.commentId!, change.authorId, change.postId)
    }
    details = { from: change.from, to: change.to }
  }

  switch (verb) {
    case 'DISMISS':
      break
    case 'APPROVE':
    case 'RESTORE':
      await setStatus('VISIBLE')
      break
    case 'HIDE':
      await setStatus('HIDDEN', reason ?? null)
      break
    case 'REMOVE':
      await setStatus('REMOVED', reason ?? null)
      break
    case 'LOCK':
    case 'UNLOCK':
      await tx.post.update({ where: { id: loaded.postId! }, data: { locked: verb === 'LOCK' } })
      break
    case 'PIN':
    case 'UNPIN':
      await tx.post.update({ where: { id: loaded.postId! }, data: { pinned: verb === 'PIN' } })
      break
    case 'EDIT_TAGS': {
      if (input.action !== 'EDIT_TAGS' || target.type !== 'POST') break
      const result = await replacePostTags(tx, { id: loaded.postId!, otherChanges: loaded.otherChanges }, input.tagIds)
      if (!result.ok) throw refusal(result.message, result.field)
      if (!result.added.length && !result.removed.length) throw refusal('The tags are unchanged.', 'tagIds')
      details = { added: result.added, removed: result.removed }
      break
    }
    case 'WARN':
      break
    case 'SUSPEND': {
      if (input.action !== 'SUSPEND') break
      until = new Date(Date.now() + input.days * DAY_MS)
      await tx.user.update({ where: { id: loaded.ownerId! }, data: { status: 'SUSPENDED', suspendedUntil: until, statusReason: reason ?? null } })
      details = { days: input.days, until: until.toISOString() }
      break
    }
    case 'BAN':
      // A new session version ends every session the member has (lib/auth.ts compares it).
      await tx.user.update({
        where: { id: loaded.ownerId! },
        data: { status: 'BANNED', suspendedUntil: null, statusReason: reason ?? null, sessionVersion: { increment: 1 } },
      })
      break
    case 'UNBAN':
      await tx.user.update({ where: { id: loaded.ownerId! }, data: { status: 'ACTIVE', suspendedUntil: null, statusReason: null } })
      break
  }

  // Reports this action settles: their reporters hear that, and nothing about what was done.
  const outcome = REPORT_OUTCOME[verb]
  let resolved = 0
  const reporters = new Set<string>()
  if (outcome && openReports > 0) {
    const open = await tx.report.findMany({ where: { ...loaded.reportWhere, status: 'OPEN' }, select: { reporterId: true } })
    for (const report of open) if (report.reporterId && report.reporterId !== actor.id) reporters.add(report.reporterId)
    const settled = await tx.report.updateMany({
      where: { ...loaded.reportWhere, status: 'OPEN' },
      data: { status: outcome, openKey: null, resolvedById: actor.id, resolvedAt: new Date() },
    })
    resolved = settled.count
    details.reports = resolved
  }

  await tx.moderationAction.create({
    data: {
      actorId: actor.id,
      action: verb,
      targetType: input.targetType,
      postId: target.type === 'POST' ? loaded.postId : null,
      commentId: loaded.commentId,
      // Content actions count in the author's history too.
      targetUserId: loaded.ownerId,
      reason: reason ?? null,
      privateNote: input.privateNote ?? null,
      details: details as Prisma.InputJsonObject,
    },
  })

  const notices: { userId: string; kind: NotificationKind; postId: number | null; commentId: number | null; message: string }[] = []
  const notice = authorNotice(verb, target, reason, until)
  if (notice && loaded.ownerId && loaded.ownerId !== actor.id) {
    notices.push({ userId: loaded.ownerId, kind: verb === 'WARN' ? 'WARNING' : 'MOD_ACTION', postId: loaded.postId, commentId: loaded.commentId, message: notice })
  }
  const handled =
    outcome === 'ACTIONED'
      ? 'Thank you: a moderator reviewed your report and acted on it.'
      : 'Thank you: a moderator reviewed your report and found no action was needed.'
  for (const reporterId of reporters) {
    // The reporter's link goes to the content they reported; an account report has none.
    notices.push({ userId: reporterId, kind: 'REPORT_HANDLED', postId: loaded.postId, commentId: loaded.commentId, message: handled })
  }
  if (notices.length) await tx.notification.createMany({ data: notices })

  const settled = resolved ? ` ${resolved} ${resolved === 1 ? 'report' : 'reports'} resolved.` : ''
  return `${DONE[verb]}${settled}`
}

/** Any moderation verb, from a form (`action` names the verb). */
export async function moderate(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let input: ModActionInput
  let message: string
  try {
    const actor = await requireModerator()
    if (!canModerate(actor)) return failed('Your account is suspended or banned: you cannot moderate.', formData)
    const parsed = modActionSchema.safeParse(readModActionForm(formData))
    if (!parsed.success) return invalid(parsed.error, formData)
    const data = (input = parsed.data)
    await enforce(MOD_LIMIT, actor.id)
    message = await db.$transaction((tx) => applyModAction(tx, actor, data))
  } catch (error) {
    return formFailure(error, formData, wording)
  }
  // An approved reply notified its readers in the transaction; the emails go after the commit
  // (only notifications not emailed yet, so approving again sends nothing twice).
  if (input.action === 'APPROVE' && input.targetType === 'COMMENT') {
    void emailCommentNotifications(Number(input.targetId)).catch((error: unknown) => console.error('[mail] notification email failed:', error))
  }
  refreshPublicPages()
  return succeeded(message)
}
