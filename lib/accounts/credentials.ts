import { db } from '../db'
import { hashPassword, verifyPassword } from './password'

// A real argon2id hash of a random secret: unknown accounts are checked against it so that a
// wrong handle takes as long as a wrong password (no account enumeration by timing).
let dummyHash: Promise<string> | undefined
function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(crypto.randomUUID())
  return dummyHash
}

export interface AuthenticatedUser {
  id: string
  handle: string
  role: 'MEMBER' | 'MODERATOR' | 'ADMIN'
  sessionVersion: number
}

/** The user whose handle or email and password match, else null (same work either way). */
export async function verifyCredentials(login: string, password: string): Promise<AuthenticatedUser | null> {
  const key = login.trim().toLowerCase()
  const user = key
    ? await db.user.findFirst({
        where: key.includes('@') ? { email: key } : { handleKey: key },
        select: { id: true, handle: true, role: true, passwordHash: true, sessionVersion: true },
      })
    : null
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)
  if (!user?.passwordHash || !ok) return null
  return { id: user.id, handle: user.handle, role: user.role, sessionVersion: user.sessionVersion }
}
