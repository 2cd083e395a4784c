// Account rules as pure predicates.
import type { Role } from '../generated/prisma/enums'
import { isAdmin } from '../roles'

// Handles: public pseudonyms, unique ignoring case.
export const HANDLE_MIN_LENGTH = 3
export const HANDLE_MAX_LENGTH = 24
export const HANDLE_PATTERN = /^[A-Za-z0-9_-]+$/
export const PASSWORD_MIN_LENGTH = 10
// argon2 accepts any length; the cap only stops multi-megabyte bodies from costing CPU.
export const PASSWORD_MAX_LENGTH = 200
export const BIO_MAX_LENGTH = 500
export const EMAIL_MAX_LENGTH = 254

// Names that would impersonate the site or its staff, or collide with routes.
export const RESERVED_HANDLES: ReadonlySet<string> = new Set([
  'admin', 'administrator', 'admins', 'mod', 'mods', 'moderator', 'moderators', 'staff', 'team', 'official',
  'support', 'help', 'system', 'root', 'whathelped', 'deleted', 'anonymous', 'null', 'undefined', 'me',
  'api', 'settings', 'signin', 'signup', 'signout', 'login', 'logout', 'register', 'privacy', 'dev', 'outbox',
])

export function handleKey(handle: string): string {
  return handle.trim().toLowerCase()
}

export function isReservedHandle(handle: string): boolean {
  const key = handleKey(handle)
  return RESERVED_HANDLES.has(key) || key.startsWith('whathelped')
}

/** Only admins change roles, never their own (an admin cannot lock the site out of its last admin by accident). */
export function canChangeRole(actor: { id: string; role: Role }, target: { id: string }): boolean {
  return isAdmin(actor) && actor.id !== target.id
}
