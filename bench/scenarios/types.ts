// What `npm run bench` measures. Each feature adds a file in bench/scenarios/ exporting
// `scenarios: BenchScenario[]`; bench/run.ts loads them all.
export interface BenchScenario {
  /** Row name in the results table, e.g. "home" or "insights: acne". */
  name: string
  /** Path to load with autocannon, relative to the app's base URL. Called once per run with the seeded database. */
  path: (context: BenchContext) => Promise<string> | string
  /** Optional targets checked and reported (not enforced by tests). */
  targets?: { p99Ms?: number; minRequestsPerSecond?: number; maxBytes?: number }
  /** SQL run under EXPLAIN (ANALYZE, BUFFERS) to report the database time of the underlying query. */
  explain?: (context: BenchContext) => Promise<{ sql: string; params?: unknown[] }[]> | { sql: string; params?: unknown[] }[]
  /** A row that writes (skipped with --no-writes): prepares what its requests need (accounts,
   * sessions) and returns how to build each request; `path` is then only the row's label. */
  write?: (context: BenchWriteContext) => Promise<WriteLoad>
  /** Load the page as a signed-in member (the bench_reader account, created or given a fresh
   * password, so skipped with --no-writes): rendered per request, never the anonymous cache. */
  signedIn?: boolean
}

export interface BenchContext {
  /** Runs a read-only SQL query against the benchmark database. */
  query: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>
}

export interface BenchWriteContext extends BenchContext {
  /** The app under test, e.g. http://127.0.0.1:41234 */
  baseURL: string
  /** Runs SQL that may write (setting up accounts for the row). */
  execute: <T = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>
}

export interface WriteRequest {
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  path: string
  headers: Record<string, string>
  body: string
}

export interface WriteLoad {
  /** The n-th request of the run (each one unique: a write may refuse a repeat). */
  request: (n: number) => WriteRequest
}
