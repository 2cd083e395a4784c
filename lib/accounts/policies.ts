// Account rules as pure predicates.
import type { Role, UserStatus } from '../generated/prisma/enums'

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

export function isModerator(user: { role: Role }): boolean {
  return user.role === 'MODERATOR' || user.role === 'ADMIN'
}

export function isAdmin(user: { role: Role }): boolean {
  return user.role === 'ADMIN'
}
