// Which failures mean "the database is away" (503, retry) rather than a bug (500). The shapes are
// those Prisma 7 with @prisma/adapter-pg threw with PostgreSQL stopped by `pg_ctl stop -m
// immediate` and `-m fast`, plus a real one from a port where nothing listens.
import net from 'node:net'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PGlite } from '@electric-sql/pglite'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isDatabaseUnavailable } from '@/lib/db-errors'
import { isDatabaseDown, noteDatabaseAvailable } from '@/lib/db-health.mjs'
import { reportAvailability } from '@/lib/db'
import { PrismaClient } from '@/lib/generated/prisma/client'

function prismaError(code: string, cause: Record<string, unknown>, message = 'Invalid invocation') {
  return Object.assign(new Error(message), { name: 'PrismaClientKnownRequestError', code, meta: { driverAdapterError: { name: 'DriverAdapterError', cause } } })
}

/** A loopback port with nothing listening: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

afterEach(() => noteDatabaseAvailable())

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a model query, server stopped (P1001)', prismaError('P1001', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['a raw query, server stopped (P2010 wrapping DatabaseNotReachable)', prismaError('P2010', { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5432 })],
    ['a query cut by a fast shutdown (57P01)', prismaError('P2010', { kind: 'postgres', code: '57P01', originalCode: '57P01', severity: 'FATAL' })],
    ['a server still starting up (57P03)', prismaError('P2010', { kind: 'postgres', code: '57P03', severity: 'FATAL' })],
    ['a full connection table', prismaError('P2037', { kind: 'TooManyConnections', cause: 'too many clients' })],
    ['a query cut by an immediate shutdown', new Error('Connection terminated unexpectedly')],
    ['a transaction whose connection died', new Error('Client has encountered a connection error and is not queryable')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
    ['the adapter error before Prisma wraps it', Object.assign(new Error('DatabaseNotReachable'), { name: 'DriverAdapterError', cause: { kind: 'DatabaseNotReachable' } })],
    ['a refused socket', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED', syscall: 'connect', errno: -111 })],
    ['an outage wrapped as a cause', new Error('loading the page failed', { cause: new Error('Connection terminated unexpectedly') })],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true)
  })

  it.each([
    ['a unique violation (P2002)', prismaError('P2002', { kind: 'UniqueConstraintViolation', constraint: { fields: ['handle'] } })],
    ['a missing table (P2021)', prismaError('P2021', { kind: 'TableDoesNotExist', table: 'public.User' })],
    ['a syntax error', prismaError('P2010', { kind: 'postgres', code: '42601', severity: 'ERROR' })],
    ['a NUL byte in text', prismaError('P2010', { kind: 'postgres', code: '22021', severity: 'ERROR' })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a validation error', new z.ZodError([])],
    ['nothing', null],
    ['a string', 'Connection terminated'],
  ])('does not take %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false)
  })

  it('recognises what Prisma really throws when nothing listens at the address', async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: `postgresql://nobody@127.0.0.1:${await closedPort()}/none`, max: 1 }) })
    const error = await client.user.findUnique({ where: { id: 'x' } }).then(() => null, (thrown: unknown) => thrown)
    const rawError = await client.$queryRaw`SELECT 1`.then(() => null, (thrown: unknown) => thrown)
    await client.$disconnect()
    expect(isDatabaseUnavailable(error)).toBe(true)
    expect(isDatabaseUnavailable(rawError)).toBe(true)
  })
})

describe('lib/db reports outages to lib/db-health', () => {
  // One embedded database for both tests, opened before either: opening one takes seconds.
  let reachable: PrismaClient
  beforeAll(async () => {
    reachable = new PrismaClient({ adapter: reportAvailability(new PrismaPGlite(new PGlite())) })
    await reachable.$queryRaw`SELECT 1`
  })
  afterAll(() => reachable.$disconnect())

  it('a query that cannot reach the database marks it down; one that succeeds marks it back', async () => {
    const unreachable = new PrismaClient({
      adapter: reportAvailability(new PrismaPg({ connectionString: `postgresql://nobody@127.0.0.1:${await closedPort()}/none`, max: 1 })),
    })
    await expect(unreachable.$queryRaw`SELECT 1`).rejects.toThrow()
    await unreachable.$disconnect()
    expect(isDatabaseDown()).toBe(true)

    // Through a transaction: the adapter hands out transactions, which are watched too.
    await reachable.$transaction(async (tx) => tx.$queryRaw`SELECT 1`, { maxWait: 20_000 })
    expect(isDatabaseDown()).toBe(false)
  })

  it('an ordinary query error does not mark the database down', async () => {
    await expect(reachable.$queryRawUnsafe('SELECT * FROM nowhere')).rejects.toThrow()
    expect(isDatabaseDown()).toBe(false)
  })
})
