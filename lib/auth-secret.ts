// The key that signs and encrypts session tokens. Kept out of lib/auth.ts (server-only) so the
// server can check it once at start-up (instrumentation.ts) and refuse to run without one.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir, env } from './env'

const MIN_SECRET_LENGTH = 32

let secret: string | undefined
/**
 * NEXTAUTH_SECRET when set. Without it, a secret generated once and kept in the data folder:
 * fine for development and the embedded database, refused for a production deployment on
 * PostgreSQL.
 */
export function authSecret(): string {
  if (secret) return secret
  if (env.NEXTAUTH_SECRET) {
    if (env.NODE_ENV === 'production' && env.NEXTAUTH_SECRET.length < MIN_SECRET_LENGTH) {
      throw new Error(`NEXTAUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters in production`)
    }
    secret = env.NEXTAUTH_SECRET
    return secret
  }
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new Error('NEXTAUTH_SECRET is required in production: generate one with `openssl rand -base64 32`')
  }
  const file = path.join(dataDir, 'auth-secret')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' })
  }
  secret = fs.readFileSync(file, 'utf8').trim()
  return secret
}
