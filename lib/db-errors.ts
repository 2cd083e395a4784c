// Which errors mean "the database cannot be reached right now" (a 503 worth retrying) rather than
// a bug (a 500). Recognised by shape, never by class: each Next bundle has its own copy of Prisma
// and of node-postgres, so an `instanceof` written in one bundle fails for an error from another.
// The shapes were taken from PostgreSQL stopped (`pg_ctl stop -m immediate` and `-m fast`) under
// Prisma 7 with @prisma/adapter-pg (tests/lib/db-errors.test.ts keeps one of each).

/** Prisma's own codes: P1001 can't reach the server, P1002 timed out reaching it, P1008
 * operation timed out, P1017 the server closed the connection. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017'])

/** @prisma/adapter-pg's kinds for socket failures and a full connection slot table. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections'])

/** Node's socket errors, as node-postgres passes them on. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])

/** SQLSTATE: class 08 connection exceptions; 57P01 admin shutdown, 57P02 crash shutdown, 57P03
 * cannot connect now (starting up or shutting down); 53300 too many connections.
 * postgresql.org/docs/current/errcodes-appendix.html */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/

/** node-postgres and pg-pool throw plain Errors, with no code, when a connection dies. */
const MESSAGES =
  /Connection terminated|connection error and is not queryable|Can't reach database server|timeout exceeded when trying to connect|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command/i

const MAX_DEPTH = 4

function isCode(code: unknown): boolean {
  return typeof code === 'string' && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))
}

/** A driver adapter error's cause: { kind, code?, originalCode? }. */
function isUnavailableCause(cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false
  const { kind, code, originalCode } = cause as Record<string, unknown>
  return (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) || isCode(code) || isCode(originalCode)
}

/** Whether `error` (or what caused it) says the database is unreachable or refusing connections. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > MAX_DEPTH) return false
  const { code, message, meta, cause, name } = error as Record<string, unknown>
  // Prisma wraps a driver adapter's failure as { meta: { driverAdapterError: { cause } } } and
  // reports some of them under a generic code (P2010, "raw query failed").
  const adapterError = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>).driverAdapterError : undefined
  if (typeof adapterError === 'object' && adapterError !== null && isUnavailableCause((adapterError as Record<string, unknown>).cause)) return true
  // The adapter's own DriverAdapterError, before Prisma wraps it (lib/db.ts sees these).
  if (name === 'DriverAdapterError' && isUnavailableCause(cause)) return true
  if (isCode(code)) return true
  if (typeof message === 'string' && MESSAGES.test(message)) return true
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
