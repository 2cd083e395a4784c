// npm run bench [-- --scale 100000] [--reuse <database>] [--duration 10] [--connections 10] [--no-build] [--no-writes] [--only <name>]
// Seeds PostgreSQL into a fresh database (or reuses one, read-only), builds and starts the app in
// production mode on a free port, runs autocannon on loopback over every scenario in
// bench/scenarios/*.ts, EXPLAIN ANALYZEs their queries, prints a table and writes
// bench/results/<timestamp>.json.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import pg from 'pg'
import type { BenchContext, BenchScenario, BenchWriteContext } from './scenarios/types'
import { ensureMembers, signIn } from './scenarios/writes'

const ROOT = path.resolve(import.meta.dirname, '..')
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '100000' },
    reuse: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'no-build': { type: 'boolean', default: false },
    // Rows that write (replies) add rows to the database: leave them out for a read-only run.
    'no-writes': { type: 'boolean', default: false },
    // Only the rows whose name contains this text (repeatable).
    only: { type: 'string', multiple: true },
    'explain-runs': { type: 'string', default: '20' },
    'thread-comments': { type: 'string', default: '2000' },
  },
})
const SERVER_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres'
const WARMUP_SECONDS = 2

function withDatabase(url: string, database: string): string {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

function log(line: string): void {
  console.info(`[bench] ${line}`)
}

function run(command: string, argv: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, argv, { cwd: ROOT, env, stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} exited with ${result.status}`)
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

async function admin<T>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: SERVER_URL })
  await client.connect()
  try {
    return (await client.query(sql)).rows as T[]
  } finally {
    await client.end()
  }
}

/** A thread with many replies for the long-thread row (fresh databases only). */
async function addLongThread(client: pg.Client, comments: number): Promise<void> {
  const [post] = (await client.query<{ id: number; authorId: string }>(`SELECT id, "authorId" FROM "Post" WHERE kind = 'STORY' AND status = 'VISIBLE' AND visibility = 'PUBLIC' ORDER BY id DESC LIMIT 1`)).rows
  if (!post) throw new Error('no story to attach the long thread to')
  const existing = (await client.query<{ seq: number }>('SELECT "commentSeq" AS seq FROM "Post" WHERE id = $1', [post.id])).rows[0]!.seq
  // Top-level replies, numbered after the existing ones the way lib/comments/tree writes paths.
  await client.query(
    `INSERT INTO "Comment" ("postId", "authorId", "parentId", depth, path, body, status, "createdAt", "updatedAt")
     SELECT $1, $2, NULL, 0, lpad(pg_temp.base36($3 + g), 6, '0'),
            'Reply number ' || g || ': I tried this too, and kept a diary of how my skin reacted each week.', 'VISIBLE', now() - interval '1 minute' * ($4 - g), now()
     FROM generate_series(1, $4) AS g`,
    [post.id, post.authorId, existing, comments],
  )
  await client.query('UPDATE "Post" SET "commentCount" = "commentCount" + $2, "commentSeq" = "commentSeq" + $2 WHERE id = $1', [post.id, comments])
}

const BASE36_FUNCTION = `CREATE OR REPLACE FUNCTION pg_temp.base36(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  WITH RECURSIVE d(v, s) AS (SELECT n, ''::text UNION ALL SELECT v / 36, substr('0123456789abcdefghijklmnopqrstuvwxyz', (v % 36)::int + 1, 1) || s FROM d WHERE v > 0)
  SELECT coalesce(nullif((SELECT s FROM d WHERE v = 0), ''), '0') $$`

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server exited with ${child.exitCode}:\n${output()}`)
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the app did not become healthy:\n${output()}`)
}

async function loadScenarios(): Promise<BenchScenario[]> {
  const dir = path.join(ROOT, 'bench', 'scenarios')
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort()
  const all: BenchScenario[] = []
  for (const file of files) {
    const mod = (await import(path.join(dir, file))) as { scenarios?: BenchScenario[] }
    all.push(...(mod.scenarios ?? []))
  }
  return all
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

interface Row {
  name: string
  path: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
  non2xx: number
  htmlBytes: number
  rscBytes: number
  queries: number | null
  explain: { planningMs: number; p50Ms: number; p99Ms: number; maxMs: number }[]
  targets?: BenchScenario['targets']
  missed: string[]
}

async function transactionsSoFar(client: pg.Client, database: string): Promise<number> {
  // Statistics reach pg_stat_database within about a second of a backend going idle; after a
  // loaded row the server may still be answering queued requests, so wait until the count holds.
  const read = async () => {
    const { rows } = await client.query<{ n: string }>('SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1', [database])
    return Number(rows[0]?.n ?? 0)
  }
  let last = -1
  for (let i = 0; i < 20; i++) {
    await new Promise((r) => setTimeout(r, 1_200))
    const n = await read()
    // Each read is a transaction of its own: a rise of one is the previous read alone. The caller
    // subtracts two (the last read before the request, the first after it).
    if (n === last + 1) return n
    last = n
  }
  return last
}

async function connectWriter(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  return client
}

/** The signed-in rows' member: bench_reader, with a fresh password each run. */
async function signInReader(context: BenchWriteContext): Promise<string> {
  const password = crypto.randomBytes(18).toString('base64url')
  await ensureMembers(context, ['bench_reader'], password)
  return signIn(context.baseURL, 'bench_reader', password)
}

async function main(): Promise<void> {
  const scale = Number(args.scale)
  if (!Number.isInteger(scale) || scale < 1000) throw new Error('--scale takes a whole number of at least 1000')
  const database = args.reuse ?? `wh_bench_${scale}_${Date.now()}`
  const databaseUrl = withDatabase(SERVER_URL, database)
  const started = Date.now()

  if (!args.reuse) {
    log(`creating ${database} and seeding ${scale.toLocaleString('en')} stories`)
    await admin(`CREATE DATABASE "${database}"`)
    run('npx', ['tsx', 'scripts/db.ts', 'seed', '--scale', String(scale)], { ...process.env, DATABASE_URL: databaseUrl })
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    await client.query(BASE36_FUNCTION)
    await addLongThread(client, Number(args['thread-comments']))
    log('VACUUM ANALYZE (sets the visibility map, so index-only scans skip the heap)')
    await client.query('VACUUM ANALYZE')
    await client.end()
  } else {
    log(`reusing ${database}${args['no-writes'] ? ' read-only' : ' (write rows add replies; --no-writes leaves it untouched)'}`)
    // The code under test expects the current schema: an index it relies on but the database
    // lacks turns a 0.1 ms lookup into a scan of every post (a missing migration once made the
    // home page 25x slower here). Applying pending migrations is a no-op when there are none.
    log('applying pending migrations (npm run db:migrate)')
    run('npx', ['tsx', 'scripts/db.ts', 'migrate'], { ...process.env, DATABASE_URL: databaseUrl })
  }

  if (!args['no-build']) {
    log('building (npm run build)')
    run('npm', ['run', 'build'], { ...process.env, NODE_ENV: 'production' })
  }

  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  let output = ''
  // server.mjs listens on every interface unless HOST says otherwise (not 127.0.0.1: proxy.ts).
  const child = spawn(process.execPath, [path.join(ROOT, 'server.mjs')], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64'), PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()))
  const reader = new pg.Client({ connectionString: databaseUrl })
  let writer: pg.Client | undefined
  let readerCookie: string | undefined
  const rows: Row[] = []
  try {
    await waitForHealth(baseURL, child, () => output)
    await reader.connect()
    // The benchmark only reads through this connection; write rows set up through their own.
    await reader.query('SET default_transaction_read_only = on')
    const context: BenchContext = { query: async (sql, params) => (await reader.query(sql, params as unknown[])).rows }
    const scenarios = await loadScenarios()
    log(`${scenarios.length} scenarios on ${baseURL}`)
    for (const scenario of scenarios) {
      if (args.only?.length && !args.only.some((text) => scenario.name.includes(text))) continue
      if ((scenario.write || scenario.signedIn) && args['no-writes']) {
        if (scenario.signedIn) log(`${scenario.name}: skipped (signing in bench_reader writes its account; run without --no-writes)`)
        continue
      }
      const urlPath = await scenario.path(context)
      const url = new URL(urlPath, baseURL).toString()
      let first: Response
      let html = ''
      let rsc = ''
      let queries: number | null
      let result: Awaited<ReturnType<typeof autocannon>>
      if (scenario.write) {
        writer ??= await connectWriter(databaseUrl)
        const client = writer
        const writeContext: BenchWriteContext = { ...context, baseURL, execute: async (sql, params) => (await client.query(sql, params as unknown[])).rows }
        const load = await scenario.write(writeContext)
        let n = 0
        const send = (request: ReturnType<typeof load.request>) => fetch(new URL(request.path, baseURL), { method: request.method, headers: request.headers, body: request.body })
        first = await send(load.request(n++))
        html = await first.text()
        const before = await transactionsSoFar(reader, database)
        await send(load.request(n++)).then((r) => r.arrayBuffer())
        queries = (await transactionsSoFar(reader, database)) - before - 2
        // Merged into autocannon's own request, which carries the Host header the same-origin check reads.
        const requests = [{ setupRequest: (request: { headers?: Record<string, string> }) => {
          const next = load.request(n++)
          return { ...request, ...next, headers: { ...request.headers, host: new URL(baseURL).host, ...next.headers } }
        } }]
        await autocannon({ url: baseURL, connections: Number(args.connections), duration: WARMUP_SECONDS, requests })
        result = await autocannon({ url: baseURL, connections: Number(args.connections), duration: Number(args.duration), requests })
        log(`${scenario.name}: ${n} requests sent, status classes ${JSON.stringify(result.statusCodeStats ?? {})}`)
      } else {
        let headers: Record<string, string> = {}
        if (scenario.signedIn) {
          writer ??= await connectWriter(databaseUrl)
          const client = writer
          readerCookie ??= await signInReader({ ...context, baseURL, execute: async (sql, params) => (await client.query(sql, params as unknown[])).rows })
          headers = { Cookie: readerCookie }
        }
        first = await fetch(url, { headers })
        html = await first.text()
        rsc = await (await fetch(url, { headers: { ...headers, RSC: '1' } })).text()
        // Queries of one request, counted as transactions (each statement outside one is its own):
        // the least of three tries, as autovacuum and the like count too.
        queries = Infinity
        for (let i = 0; i < 3; i++) {
          const before = await transactionsSoFar(reader, database)
          await fetch(url, { headers }).then((r) => r.arrayBuffer())
          queries = Math.min(queries, (await transactionsSoFar(reader, database)) - before - 2)
        }
        await autocannon({ url, headers, connections: Number(args.connections), duration: WARMUP_SECONDS })
        result = await autocannon({ url, headers, connections: Number(args.connections), duration: Number(args.duration) })
      }
      const explain = []
      for (const q of (await scenario.explain?.(context)) ?? []) {
        const times: number[] = []
        let planningMs = 0
        for (let i = 0; i < Number(args['explain-runs']); i++) {
          const plan = (await reader.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${q.sql}`, q.params as unknown[])).rows[0]['QUERY PLAN'][0]
          times.push(plan['Execution Time'])
          planningMs = plan['Planning Time']
        }
        times.sort((a, b) => a - b)
        explain.push({ planningMs, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99), maxMs: times.at(-1)! })
      }
      const row: Row = {
        name: scenario.name,
        path: urlPath,
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
        htmlBytes: scenario.write ? 0 : Buffer.byteLength(html),
        rscBytes: Buffer.byteLength(rsc),
        queries,
        explain,
        targets: scenario.targets,
        missed: [],
      }
      const t = scenario.targets ?? {}
      if (t.p99Ms !== undefined && row.p99Ms > t.p99Ms) row.missed.push(`p99 ${row.p99Ms} > ${t.p99Ms} ms`)
      if (t.minRequestsPerSecond !== undefined && row.requestsPerSecond < t.minRequestsPerSecond) row.missed.push(`${row.requestsPerSecond} < ${t.minRequestsPerSecond} req/s`)
      if (t.maxBytes !== undefined && row.htmlBytes > t.maxBytes) row.missed.push(`HTML ${row.htmlBytes} > ${t.maxBytes} B`)
      if (row.errors || row.non2xx || !first.ok) {
        row.missed.push(`errors ${row.errors}, non-2xx ${row.non2xx}, first status ${first.status}${first.ok ? '' : ` ${html.slice(0, 200)}`}`)
      }
      if (explain.some((e) => e.p99Ms > 20)) row.missed.push('a query over 20 ms p99 in the database')
      if (queries !== null && queries > 10) row.missed.push(`${queries} queries > 10`)
      rows.push(row)
      log(`${row.name}: ${row.requestsPerSecond} req/s, p99 ${row.p99Ms} ms`)
    }
  } catch (error) {
    console.error(`[bench] server output (last 4 KB):\n${output.slice(-4096)}`)
    throw error
  } finally {
    await reader.end().catch(() => {})
    await writer?.end().catch(() => {})
    child.kill('SIGTERM')
  }

  const table = rows.map((r) => ({
    scenario: r.name,
    'req/s': r.requestsPerSecond,
    'p50 ms': r.p50Ms,
    'p99 ms': r.p99Ms,
    errors: r.errors + r.non2xx,
    'HTML KB': +(r.htmlBytes / 1024).toFixed(1),
    'RSC KB': +(r.rscBytes / 1024).toFixed(1),
    queries: r.queries,
    'db p99 ms': r.explain.map((e) => e.p99Ms.toFixed(2)).join(' / ') || '-',
    missed: r.missed.join('; ') || 'ok',
  }))
  console.table(table)
  const resultsDir = path.join(ROOT, 'bench', 'results')
  fs.mkdirSync(resultsDir, { recursive: true })
  const file = path.join(resultsDir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(
    file,
    JSON.stringify(
      { scale: args.reuse ? null : scale, database, reused: Boolean(args.reuse), connections: Number(args.connections), durationSeconds: Number(args.duration), seconds: (Date.now() - started) / 1000, rows },
      null,
      2,
    ),
  )
  log(`wrote ${path.relative(ROOT, file)}`)
  if (!args.reuse) log(`database ${database} kept for inspection: DROP DATABASE "${database}" when done`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
