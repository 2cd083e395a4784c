// Once per `vitest run`: on PostgreSQL, build a migrated template database that every test
// file clones (CREATE DATABASE … TEMPLATE is much faster than migrating each time). The
// embedded database needs nothing here: each file migrates its own in-memory PGlite.
import crypto from 'node:crypto'
import pg from 'pg'
import { PrismaPg } from '@prisma/adapter-pg'
import { applyMigrations, readMigrationSql } from '../../lib/migrations'

const TEMPLATE_LOCK_ID = 5_318_008

export default async function setup(): Promise<(() => Promise<void>) | void> {
  const url = process.env.DATABASE_URL
  if (!url) return
  const template = templateDatabaseName()
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    // Templates of older migrations are of no further use.
    const stale = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'whathelped\\_test\\_template\\_%' AND datname <> $1 AND datname NOT LIKE '%\\_building'",
      [template],
    )
    // Without FORCE: a template another test run is still cloning from stays.
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}"`).catch(() => {})
    // Two test runs at once must not both build the template.
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_ID])
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])
    if (!exists.rowCount) {
      const building = `${template}_building`
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
      await admin.query(`CREATE DATABASE "${building}"`)
      await applyMigrations(new PrismaPg({ connectionString: withDatabase(url, building), max: 1 }))
      // The engine leaves its pool open; a database with connections can be neither renamed nor cloned.
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [building])
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`)
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_ID]).catch(() => {})
    await admin.end()
  }
}

/** Named after the migrations' content, so a changed migration gets a new template. */
export function templateDatabaseName(): string {
  const hash = crypto.createHash('sha256').update(readMigrationSql().join('\n')).digest('hex').slice(0, 12)
  return `whathelped_test_template_${hash}`
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${database}`
  return parsed.toString()
}
