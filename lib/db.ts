// The one Prisma client. With DATABASE_URL it talks to PostgreSQL; without, to an embedded
// PostgreSQL (PGlite) in the data folder, opened lazily on the first query, migrated and, when
// empty, seeded. No other module knows which database is behind `db`.
import fs from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { isDatabaseUnavailable } from './db-errors'
import { noteDatabaseAvailable, noteDatabaseUnavailable } from './db-health.mjs'
import { dataDir, env } from './env'
import { PrismaClient } from './generated/prisma/client'
import { applyMigrations } from './migrations'

export type Database = PrismaClient
export type DatabaseKind = 'embedded' | 'postgresql'

// Connections per app instance; scale out by adding instances (PostgreSQL's max_connections
// is the budget: instances × POOL_SIZE).
const POOL_SIZE = 10

// Tests put their own throwaway database in `whDb` before anything imports this module
// (tests/setup/database.ts).
interface DbGlobal {
  whDb?: Database
  whDbKind?: DatabaseKind
  whDbClose?: () => Promise<void>
  whDbMigrate?: () => Promise<string[]>
  whSeedEmpty?: EmptyDatabaseSeeder
}
// Survives dev-server reloads and keeps one embedded database per process (PGlite allows
// one process per data folder).
const globalForDb = globalThis as unknown as DbGlobal

/** Fills an empty database with demo content; answers a summary for the log. */
export type EmptyDatabaseSeeder = (client: PrismaClient) => Promise<string>

/**
 * What fills the embedded database when it is opened empty: the server registers the demo seed
 * at start (instrumentation.ts), so lib core never imports the seed, which is built on features.
 */
export function seedEmptyEmbeddedDatabaseWith(seeder: EmptyDatabaseSeeder): void {
  globalForDb.whSeedEmpty = seeder
}

/** The embedded database's folder. */
export const embeddedDir = path.join(dataDir, 'pglite')

/** Opens PGlite, applies migrations and seeds an empty database, once per process. */
class EmbeddedAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres'
  readonly adapterName = 'pglite-embedded'
  private ready: Promise<PGlite> | undefined
  private pglite: PGlite | undefined
  /** Migrations applied when this process opened the database. */
  appliedOnOpen: string[] = []

  constructor(private readonly dir: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    this.ready ??= this.open().catch((error: unknown) => {
      this.ready = undefined
      throw error
    })
    return new PrismaPGlite(await this.ready).connect()
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(new PGlite()).connectToShadowDb()
  }

  async close(): Promise<void> {
    if (this.pglite && !this.pglite.closed) await this.pglite.close()
  }

  private async open(): Promise<PGlite> {
    fs.mkdirSync(this.dir, { recursive: true })
    const pglite = new PGlite(this.dir)
    this.pglite = pglite
    await pglite.waitReady
    const applied = await applyMigrations(new PrismaPGlite(pglite))
    this.appliedOnOpen = applied
    if (applied.length) console.info(`[db] embedded database: applied ${applied.join(', ')}`)
    const seed = globalForDb.whSeedEmpty
    if (seed && env.WH_SEED_ON_START && env.NODE_ENV !== 'test') {
      const { rows } = await pglite.query<{ n: number }>('SELECT count(*)::int AS n FROM "Article"')
      if (rows[0]?.n === 0) {
        const summary = await seed(new PrismaClient({ adapter: new PrismaPGlite(pglite) }))
        console.info(`[db] embedded database seeded: ${summary}`)
      }
    }
    return pglite
  }
}

// The adapter calls that reach PostgreSQL; their success means it is back.
const QUERY_METHODS = new Set<PropertyKey>(['queryRaw', 'executeRaw'])

/**
 * The adapter (and the connections and transactions it hands out) with every failure for want of
 * a database, and every query that succeeds, reported to lib/db-health.mjs: the HTTP server and
 * the proxy cannot see a failed query, but must answer 503 rather than 500 while PostgreSQL is
 * away. Prisma wraps these errors before anyone else sees them, so this is the one place that
 * can tell, whichever page, action or handler asked.
 */
export function reportAvailability<T extends object>(target: T): T {
  const noteFailure = (error: unknown) => {
    if (isDatabaseUnavailable(error)) noteDatabaseUnavailable()
  }
  return new Proxy(target, {
    get(object, key) {
      const value: unknown = Reflect.get(object, key, object)
      if (typeof value !== 'function') return value
      return (...args: unknown[]) => {
        let result: unknown
        try {
          result = value.apply(object, args)
        } catch (error) {
          noteFailure(error)
          throw error
        }
        if (!(result instanceof Promise)) return result
        return result.then(
          (resolved: unknown) => {
            if (QUERY_METHODS.has(key)) noteDatabaseAvailable()
            // connect() gives an adapter, startTransaction() a transaction: both run queries.
            const runsQueries = typeof resolved === 'object' && resolved !== null && typeof (resolved as { queryRaw?: unknown }).queryRaw === 'function'
            return runsQueries ? reportAvailability(resolved) : resolved
          },
          (error: unknown) => {
            noteFailure(error)
            throw error
          },
        )
      }
    },
  })
}

/** PostgreSQL through node-postgres; optionally migrates on first connect. */
function postgresFactory(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> } {
  const { factory, close } = connectPostgres(url)
  return { factory: reportAvailability(factory), close }
}

function connectPostgres(url: string): { factory: SqlMigrationAwareDriverAdapterFactory; close: () => Promise<void> } {
  const pg = new PrismaPg({ connectionString: url, max: POOL_SIZE })
  if (!env.WH_MIGRATE_ON_START) return { factory: pg, close: async () => {} }
  let migrated: Promise<void> | undefined
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: 'postgres',
    adapterName: pg.adapterName,
    connectToShadowDb: () => pg.connectToShadowDb(),
    async connect() {
      migrated ??= migratePostgres(url).then(() => {})
      await migrated
      return pg.connect()
    },
  }
  return { factory, close: async () => {} }
}

/** Applies pending migrations. The schema engine itself takes a PostgreSQL advisory lock, so
 * instances starting together migrate one after another. */
async function migratePostgres(url: string): Promise<string[]> {
  const applied = await applyMigrations(new PrismaPg({ connectionString: url, max: 1 }))
  if (applied.length) console.info(`[db] applied ${applied.join(', ')}`)
  return applied
}

interface OpenDatabase {
  client: Database
  kind: DatabaseKind
  close: () => Promise<void>
  migrate: () => Promise<string[]>
}

function createDatabase(): OpenDatabase {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL
    const { factory, close } = postgresFactory(url)
    return { client: new PrismaClient({ adapter: factory }), kind: 'postgresql', close, migrate: () => migratePostgres(url) }
  }
  const factory = new EmbeddedAdapterFactory(embeddedDir)
  const client = new PrismaClient({ adapter: factory })
  return {
    client,
    kind: 'embedded',
    close: () => factory.close(),
    // Opening the embedded database migrates it.
    migrate: async () => {
      await client.$queryRaw`SELECT 1`
      return factory.appliedOnOpen
    },
  }
}

function initDatabase(): Database {
  if (!globalForDb.whDb) {
    const { client, kind, close, migrate } = createDatabase()
    globalForDb.whDb = client
    globalForDb.whDbKind = kind
    globalForDb.whDbClose = close
    globalForDb.whDbMigrate = migrate
  }
  return globalForDb.whDb
}

export const db: Database = initDatabase()

export function databaseKind(): DatabaseKind {
  return globalForDb.whDbKind ?? 'embedded'
}

/** Applies pending migrations to the configured database; returns the names applied. */
export async function migrateDatabase(): Promise<string[]> {
  return (await globalForDb.whDbMigrate?.()) ?? []
}

/** Closes the client and the database behind it (scripts and tests; servers just exit). */
export async function closeDb(): Promise<void> {
  await globalForDb.whDb?.$disconnect()
  await globalForDb.whDbClose?.()
}
