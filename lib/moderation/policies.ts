// Who may take which moderation action on what, as pure predicates (lobsters keeps its rules the
// same way). Pages use them to decide which buttons to show; lib/moderation/actions.ts runs the
// same function inside its transaction, on the locked target, before it changes anything.
import { canParticipate, isAdmin, isModerator, type AccountFacts } from '../roles'
import type { ContentStatus, PostKind, Role, UserStatus } from '../generated/prisma/enums'

export const MOD_VERBS = ['DISMISS', 'APPROVE', 'HIDE', 'REMOVE', 'RESTORE', 'LOCK', 'UNLOCK', 'PIN', 'UNPIN', 'EDIT_TAGS', 'WARN', 'SUSPEND', 'BAN', 'UNBAN'] as const
export type ModVerb = (typeof MOD_VERBS)[number]

export type ModTargetType = 'POST' | 'COMMENT' | 'USER'

/** What each verb may act on. Account verbs take the account; content verbs take the story or reply. */
export const VERB_TARGETS: Record<ModVerb, readonly ModTargetType[]> = {
  DISMISS: ['POST', 'COMMENT', 'USER'],
  APPROVE: ['POST', 'COMMENT'],
  HIDE: ['POST', 'COMMENT'],
  REMOVE: ['POST', 'COMMENT'],
  RESTORE: ['POST', 'COMMENT'],
  LOCK: ['POST'],
  UNLOCK: ['POST'],
  PIN: ['POST'],
  UNPIN: ['POST'],
  EDIT_TAGS: ['POST'],
  WARN: ['USER'],
  SUSPEND: ['USER'],
  BAN: ['USER'],
  UNBAN: ['USER'],
}

/** Verbs whose public reason is required (the member is told why). */
export const REASON_REQUIRED: ReadonlySet<ModVerb> = new Set(['REMOVE', 'WARN', 'SUSPEND', 'BAN'])
/** Verbs that need an explicit confirmation in the form (a checkbox works without JavaScript). */
export const DESTRUCTIVE: ReadonlySet<ModVerb> = new Set(['REMOVE', 'SUSPEND', 'BAN'])
export const REASON_MAX_LENGTH = 500
export const PRIVATE_NOTE_MAX_LENGTH = 1000
export const SUSPEND_MIN_DAYS = 1
export const SUSPEND_MAX_DAYS = 365
export const EDIT_TAGS_MAX = 20
/** Generous: stops a stolen moderator session from scripting thousands of removals an hour. */
export const MOD_ACTIONS_PER_HOUR = 300

/**
 * How an action settles the open reports about its target: ACTIONED when something was done
 * about them, DISMISSED when the content was found fine, null when the verb says nothing about
 * reports (pinning, unlocking, unbanning).
 */
export const REPORT_OUTCOME: Record<ModVerb, 'ACTIONED' | 'DISMISSED' | null> = {
  DISMISS: 'DISMISSED',
  APPROVE: 'DISMISSED',
  RESTORE: 'DISMISSED',
  HIDE: 'ACTIONED',
  REMOVE: 'ACTIONED',
  LOCK: 'ACTIONED',
  EDIT_TAGS: 'ACTIONED',
  WARN: 'ACTIONED',
  SUSPEND: 'ACTIONED',
  BAN: 'ACTIONED',
  UNLOCK: null,
  PIN: null,
  UNPIN: null,
  UNBAN: null,
}

export interface ModActor extends AccountFacts {
  id: string
}

export type ModTarget =
  | { type: 'POST'; authorId: string | null; status: ContentStatus; deleted: boolean; locked: boolean; pinned: boolean; kind: PostKind }
  | { type: 'COMMENT'; authorId: string | null; status: ContentStatus; deleted: boolean; threadLocked: boolean }
  | { type: 'USER'; id: string; role: Role; status: UserStatus; suspendedUntil: Date | null }

export interface ModContext {
  /** Open reports about the target. */
  openReports: number
  now?: Date
}

export type Decision = { ok: true } | { ok: false; reason: string }

const allow: Decision = { ok: true }
const refuse = (reason: string): Decision => ({ ok: false, reason })

/** Staff who may moderate at all: moderators and admins in good standing. */
export function canModerate(actor: (AccountFacts & { id: string }) | null, now = new Date()): boolean {
  return actor !== null && isModerator(actor) && canParticipate(actor, now)
}

/** Whether the actor may act on this account: never themselves; staff accounts only by an admin. */
function accountGuard(actor: ModActor, target: { id: string; role: Role }): Decision | null {
  if (actor.id === target.id) return refuse('You cannot moderate your own account.')
  if (target.role !== 'MEMBER' && !isAdmin(actor)) return refuse(`Only an admin can act on ${target.role === 'ADMIN' ? 'an admin' : 'a moderator'}’s account.`)
  return null
}

function contentNoun(target: ModTarget): string {
  return target.type === 'COMMENT' ? 'reply' : 'story'
}

/** The decision for one action: allowed, or refused with a message a moderator can act on. */
export function decideModAction(actor: ModActor | null, verb: ModVerb, target: ModTarget, context: ModContext): Decision {
  const now = context.now ?? new Date()
  if (!actor) return refuse('Sign in to moderate.')
  if (!isModerator(actor)) return refuse('Moderators only.')
  if (!canParticipate(actor, now)) return refuse('Your account is suspended or banned: you cannot moderate.')
  if (!VERB_TARGETS[verb].includes(target.type)) return refuse(`That action does not apply to ${target.type === 'USER' ? 'an account' : `a ${contentNoun(target)}`}.`)

  if (verb === 'DISMISS') {
    if (context.openReports === 0) return refuse('There are no open reports to dismiss.')
    const own = target.type === 'USER' ? target.id === actor.id : target.authorId === actor.id
    if (own) return refuse('Reports about you or your own posts are for another moderator.')
    return allow
  }

  if (target.type === 'USER') {
    const guard = accountGuard(actor, target)
    if (guard) return guard
    const banned = target.status === 'BANNED'
    const suspended = target.status === 'SUSPENDED' && (target.suspendedUntil === null || target.suspendedUntil > now)
    switch (verb) {
      case 'WARN':
        return banned ? refuse('This account is banned: there is no one to warn.') : allow
      case 'SUSPEND':
        // A new suspension on a suspended account replaces its period.
        return banned ? refuse('This account is banned: unban it before suspending it.') : allow
      case 'BAN':
        return banned ? refuse('This account is already banned.') : allow
      case 'UNBAN':
        return banned || suspended ? allow : refuse('This account is neither banned nor suspended.')
      default:
        return refuse('That action does not apply to an account.')
    }
  }

  const noun = contentNoun(target)
  const status = target.status
  switch (verb) {
    case 'APPROVE':
      return status === 'PENDING' ? allow : refuse(`This ${noun} is not waiting for review.`)
    case 'HIDE':
      if (status === 'HIDDEN') return refuse(`This ${noun} is already hidden.`)
      if (status === 'REMOVED') return refuse(`This ${noun} is removed: restore it first.`)
      return allow
    case 'REMOVE':
      return status === 'REMOVED' ? refuse(`This ${noun} is already removed.`) : allow
    case 'RESTORE':
      return status === 'HIDDEN' || status === 'REMOVED' ? allow : refuse(`This ${noun} is neither hidden nor removed.`)
  }
  if (target.type !== 'POST') return refuse('That action applies to stories only.')
  switch (verb) {
    case 'LOCK':
      return target.locked ? refuse('This thread is already locked.') : allow
    case 'UNLOCK':
      return target.locked ? allow : refuse('This thread is not locked.')
    case 'PIN':
      if (target.pinned) return refuse('This story is already pinned.')
      return status === 'VISIBLE' && !target.deleted ? allow : refuse('Only a visible story can be pinned.')
    case 'UNPIN':
      return target.pinned ? allow : refuse('This story is not pinned.')
    case 'EDIT_TAGS':
      if (target.deleted) return refuse('This story was deleted by its author.')
      return status === 'REMOVED' ? refuse('This story is removed: restore it first.') : allow
    default:
      return refuse('That action does not apply to a story.')
  }
}

/** The verbs the UI offers for a target (the server decides again on submit). */
export function availableVerbs(actor: ModActor | null, target: ModTarget, context: ModContext): ModVerb[] {
  return MOD_VERBS.filter((verb) => decideModAction(actor, verb, target, context).ok)
}
