// The write row: replies posted through the JSON route (POST /api/stories/<id>/comments) by
// signed-in members at the benchmark's concurrency, each one unique (the duplicate check refuses
// a body repeated within the hour) and spread over enough members that none reaches the hourly
// reply limit. The members are bench_writer_1…N, created (or given a fresh password) here: older
// than a day and with approved posts, so no new-account rule applies; bodies carry no link.
import crypto from 'node:crypto'
import { hashPassword } from '../../lib/accounts/password'
import type { BenchScenario, BenchWriteContext, WriteLoad } from './types'

/** 60 replies an hour each: 60 members carry 3,600 replies, a dozen seconds at 300 a second. */
const WRITERS = 60
const THREADS = 50
const WRITER_AGE_DAYS = 30

async function ensureWriters(context: BenchWriteContext, password: string): Promise<string[]> {
  return ensureMembers(context, Array.from({ length: WRITERS }, (_, i) => `bench_writer_${i + 1}`), password)
}

/** Members for the bench (older than a day, with approved posts, active), with this password. */
export async function ensureMembers(context: BenchWriteContext, handles: string[], password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password)
  await context.execute(
    `INSERT INTO "User" (id, handle, "handleKey", "passwordHash", "createdAt", "updatedAt", "approvedPostCount")
     SELECT h, h, h, $2, now() - make_interval(days => $3), now(), 10 FROM unnest($1::text[]) AS h
     ON CONFLICT ("handleKey") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", status = 'ACTIVE', "suspendedUntil" = NULL`,
    [handles, passwordHash, WRITER_AGE_DAYS],
  )
  return handles
}

/** A session cookie through next-auth's own endpoints, as a client without a browser does. */
export async function signIn(baseURL: string, login: string, password: string): Promise<string> {
  const csrf = await fetch(new URL('/api/auth/csrf', baseURL))
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
  const response = await fetch(new URL('/api/auth/callback/credentials', baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie },
    body: new URLSearchParams({ login, password, csrfToken, json: 'true', callbackUrl: baseURL }),
    redirect: 'manual',
  })
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!)
  if (!cookies.some((c) => c.includes('session-token'))) throw new Error(`sign-in as ${login} failed: HTTP ${response.status}`)
  return [csrfCookie, ...cookies].join('; ')
}

async function prepareReplies(context: BenchWriteContext): Promise<WriteLoad> {
  const password = crypto.randomBytes(18).toString('base64url')
  const handles = await ensureWriters(context, password)
  const cookies: string[] = []
  for (const handle of handles) cookies.push(await signIn(context.baseURL, handle, password))
  const threads = await context.query<{ id: number }>(
    `SELECT id FROM "Post" WHERE status = 'VISIBLE' AND "deletedAt" IS NULL AND NOT locked AND visibility = 'PUBLIC'
     ORDER BY "createdAt" DESC, id DESC LIMIT $1`,
    [THREADS],
  )
  if (!threads.length) throw new Error('no open thread to reply to')
  const run = crypto.randomBytes(4).toString('hex')
  const origin = new URL(context.baseURL).origin
  return {
    request: (n) => ({
      method: 'POST',
      path: `/api/stories/${threads[n % threads.length]!.id}/comments`,
      headers: { 'Content-Type': 'application/json', Origin: origin, Cookie: cookies[n % cookies.length]! },
      body: JSON.stringify({ body: `Benchmark reply ${run}-${n}: the same happened to me, it took about six weeks to settle.` }),
    }),
  }
}

export const scenarios: BenchScenario[] = [
  {
    name: 'write: reply (POST)',
    path: () => '/api/stories/<id>/comments',
    targets: { p99Ms: 100, minRequestsPerSecond: 50 },
    write: prepareReplies,
  },
]
