// The database stopped under load (issue 12, finding 10): the built app on a private PostgreSQL
// of its own, a bounded load of reads and signed-in replies, then PostgreSQL killed for a few
// seconds (`pg_ctl stop -m immediate`, as a crash). While it is away every answer is a 503 with
// Retry-After or a page the app could still serve, never a 500 and never "sign in"; the process
// stays up; once PostgreSQL is back the app recovers by itself within seconds; and every reply
// the app acknowledged (201) is in the database afterwards.
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, startApp, type AppInstance } from './support/app'
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from './support/postgres'

const run = promisify(execFile)

const bin = await postgresBinaries()
if (!bin) console.warn('[database-outage] skipped: no PostgreSQL binaries (initdb, pg_ctl); install postgresql or set PG_BIN')

const OUTAGE_MS = 6_000
const RECOVERY_LIMIT_MS = 10_000
// Bounded load: a few loops, each capped by count and by time.
const READ_LOOPS = 3
const MAX_REQUESTS_PER_LOOP = 400
// The reply limit is 60 an hour per member, counted once the member is known (so not while the
// database is away): two members, each sending at most 40.
const MAX_REPLIES_PER_MEMBER = 40
const MEMBERS = [
  { login: 'lena_k', password: 'whathelped-demo' },
  { login: 'tomas', password: 'whathelped-demo' },
]

type Phase = 'before' | 'outage' | 'after'

interface Answer {
  phase: Phase
  what: string
  status: number
  retryAfter: string | null
  signedOut: boolean
}

/** A signed-in member's cookies, from next-auth's credentials endpoint over plain HTTP. */
async function signIn(baseURL: string, login: string, password: string): Promise<string> {
  const jar = new Map<string, string>()
  const keep = (response: Response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const at = pair!.indexOf('=')
      jar.set(pair!.slice(0, at), pair!.slice(at + 1))
    }
  }
  const header = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  const csrf = await fetch(`${baseURL}/api/auth/csrf`)
  keep(csrf)
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: header(), origin: baseURL },
    body: new URLSearchParams({ login, password, csrfToken, json: 'true' }),
  })
  keep(response)
  const session = (await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie: header() } })).json()) as { user?: { handle: string } }
  if (session.user?.handle !== login) throw new Error(`could not sign in as ${login} (${response.status})`)
  return header()
}

describe.skipIf(!bin)('the database stopped under load', () => {
  let postgres: PrivatePostgres
  let app: AppInstance
  let threadId: number
  const cookies: string[] = []
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whathelped-e2e-outage-'))

  beforeAll(async () => {
    postgres = await startPrivatePostgres(bin!)
    const env = { DATABASE_URL: postgres.url, WH_SEED_ON_START: 'false' }
    await run('npx', ['tsx', 'scripts/db.ts', 'migrate'], { cwd: ROOT, env: { ...process.env, ...env } })
    await run('npx', ['tsx', 'scripts/db.ts', 'seed'], { cwd: ROOT, env: { ...process.env, ...env } })
    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Post" WHERE status = 'VISIBLE' AND "deletedAt" IS NULL AND NOT locked ORDER BY id LIMIT 1`)
    await client.end()
    threadId = rows[0]!.id
    app = await startApp({
      ...env,
      NEXTAUTH_SECRET: 'an e2e secret that is long enough for production use',
      WH_DATA_DIR: dataDir,
    })
    for (const member of MEMBERS) cookies.push(await signIn(app.baseURL, member.login, member.password))
  }, 300_000)

  afterAll(async () => {
    await app?.stop()
    await postgres?.destroy()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('answers 503 with Retry-After while it is away, recovers without a restart, and loses no acknowledged reply', async () => {
    const answers: Answer[] = []
    const acknowledged: number[] = []
    let phase: Phase = 'before'
    let stopping = false

    const record = async (what: string, response: Response, member: boolean) => {
      const text = await response.text()
      // A member's bell reading "signed out", or a page sending them to sign in, is the 401 symptom.
      const signedOut = member && (response.status === 401 || text.includes('"signedIn":false') || (response.headers.get('location') ?? '').includes('/signin'))
      answers.push({ phase, what, status: response.status, retryAfter: response.headers.get('retry-after'), signedOut })
      return text
    }

    const reads = [
      { what: 'GET /api/stories', url: '/api/stories', member: false },
      { what: 'GET thread page', url: `/t/${threadId}`, member: false },
      { what: 'GET member bell', url: '/notifications/count', member: true },
      { what: 'GET member page', url: '/notifications', member: true },
    ]
    const readLoop = async (loop: number) => {
      for (let i = 0; i < MAX_REQUESTS_PER_LOOP && !stopping; i++) {
        const read = reads[(loop + i) % reads.length]!
        try {
          const response = await fetch(`${app.baseURL}${read.url}`, { redirect: 'manual', headers: read.member ? { cookie: cookies[0]! } : {} })
          await record(read.what, response, read.member)
        } catch (error) {
          answers.push({ phase, what: `${read.what} (no answer: ${(error as Error).message})`, status: 0, retryAfter: null, signedOut: false })
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    const replyLoop = async (member: number) => {
      for (let i = 0; i < MAX_REPLIES_PER_MEMBER && !stopping; i++) {
        try {
          const response = await fetch(`${app.baseURL}/api/stories/${threadId}/comments`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', origin: app.baseURL, cookie: cookies[member]! },
            body: JSON.stringify({ body: `Outage test reply ${member}-${i}-${Date.now()}: what helped me was patience.` }),
          })
          const text = await record('POST reply', response, true)
          if (response.status === 201) acknowledged.push((JSON.parse(text) as { id: number }).id)
        } catch (error) {
          answers.push({ phase, what: `POST reply (no answer: ${(error as Error).message})`, status: 0, retryAfter: null, signedOut: false })
        }
        await new Promise((resolve) => setTimeout(resolve, 400))
      }
    }

    const load = Promise.all([...Array.from({ length: READ_LOOPS }, (_, loop) => readLoop(loop)), ...MEMBERS.map((_, member) => replyLoop(member))])

    await new Promise((resolve) => setTimeout(resolve, 2_000))
    phase = 'outage'
    await postgres.kill()
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS))
    expect(app.process.exitCode, `the app exited during the outage:\n${app.output().slice(-3000)}`).toBeNull()

    await postgres.start()
    const restartedAt = Date.now()
    phase = 'after'
    let recoveredAfterMs: number | null = null
    while (Date.now() - restartedAt < RECOVERY_LIMIT_MS) {
      const health = await fetch(`${app.baseURL}/api/health`).catch(() => null)
      const stories = await fetch(`${app.baseURL}/api/stories`).catch(() => null)
      if (health?.ok && stories?.ok) {
        recoveredAfterMs = Date.now() - restartedAt
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    // A little more load on the recovered database, then stop.
    await new Promise((resolve) => setTimeout(resolve, 2_000))
    stopping = true
    await load

    const during = answers.filter((answer) => answer.phase === 'outage')
    const tally = new Map<string, number>()
    for (const a of answers) tally.set(`${a.phase} ${a.status}`, (tally.get(`${a.phase} ${a.status}`) ?? 0) + 1)
    console.info(`[database-outage] answers: ${[...tally].map(([key, n]) => `${key}×${n}`).join(', ')}; recovered ${recoveredAfterMs} ms after PostgreSQL restarted; ${acknowledged.length} replies acknowledged`)
    const describeAnswers = (list: Answer[]) => list.map((a) => `${a.phase} ${a.what} → ${a.status}${a.retryAfter ? ` (Retry-After ${a.retryAfter})` : ''}`).join('\n')
    expect(answers.filter((a) => a.phase === 'before' && a.status >= 400), 'the app was not healthy before the outage').toEqual([])
    expect(during.length, 'no requests were answered during the outage').toBeGreaterThan(10)
    expect(during.filter((a) => a.status === 503).length, 'the outage never showed as 503').toBeGreaterThan(0)
    const wrong = answers.filter((a) => a.status >= 500 && a.status !== 503)
    expect(wrong, `5xx other than 503:\n${describeAnswers(wrong)}\n${app.output().slice(-3000)}`).toEqual([])
    const signedOut = answers.filter((a) => a.signedOut)
    expect(signedOut, `members were treated as signed out:\n${describeAnswers(signedOut)}`).toEqual([])
    const noRetryAfter = answers.filter((a) => a.status === 503 && !a.retryAfter)
    expect(noRetryAfter, `503 without Retry-After:\n${describeAnswers(noRetryAfter)}`).toEqual([])
    const unanswered = answers.filter((a) => a.status === 0)
    expect(unanswered, `requests left without an answer:\n${describeAnswers(unanswered)}`).toEqual([])
    expect(app.process.exitCode, 'the app exited').toBeNull()
    expect(recoveredAfterMs, `not recovered ${RECOVERY_LIMIT_MS / 1000} s after PostgreSQL came back`).not.toBeNull()
    expect(answers.filter((a) => a.phase === 'after' && a.what === 'POST reply' && a.status === 201).length, 'no reply was posted after recovery').toBeGreaterThan(0)

    const client = new pg.Client({ connectionString: postgres.url })
    await client.connect()
    const { rows } = await client.query<{ id: number }>('SELECT id FROM "Comment" WHERE id = ANY($1::int[])', [acknowledged])
    await client.end()
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(rows.map((row) => row.id).sort((a, b) => a - b)).toEqual([...acknowledged].sort((a, b) => a - b))
  }, 120_000)
})
