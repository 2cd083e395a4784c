// Who may do what by role and standing: pure predicates every layer asks (the session guards in
// lib/auth.ts, the features' policies, the pages), so they live in lib core.
import type { Role, UserStatus } from './generated/prisma/enums'

export interface AccountFacts {
  role: Role
  status: UserStatus
  suspendedUntil: Date | null
}

export function isSuspended(user: AccountFacts, now = new Date()): boolean {
  return user.status === 'SUSPENDED' && (user.suspendedUntil === null || user.suspendedUntil > now)
}

/** Members who may post, comment, react and report: not banned, not (still) suspended. */
export function canParticipate(user: AccountFacts, now = new Date()): boolean {
  return user.status !== 'BANNED' && !isSuspended(user, now)
}

/** Moderators and admins ("staff"): they see held and hidden content and act on it. Anyone
 * signed out is neither. */
export function isModerator(user: { role: Role } | null): boolean {
  return user !== null && (user.role === 'MODERATOR' || user.role === 'ADMIN')
}

export function isAdmin(user: { role: Role }): boolean {
  return user.role === 'ADMIN'
}
