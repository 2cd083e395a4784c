// Password hashing: argon2id with OWASP's minimum parameters (19 MiB, 2 iterations, 1 lane):
// cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html
import { hash, verify } from '@node-rs/argon2'

// algorithm 2 is Argon2id (@node-rs/argon2's Algorithm is an ambient const enum).
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS)
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}
