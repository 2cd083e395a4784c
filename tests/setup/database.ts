// Every test file gets its own database, created on its first query: an in-memory PGlite with
// the migrations applied, or, when DATABASE_URL is set, a fresh PostgreSQL database cloned from
// the migrated template (tests/setup/global.ts) and dropped afterwards. It is installed as
// lib/db's client before any test imports lib/db.
import crypto from 'node:crypto'
import { afterAll } from 'vitest'
import pg from 'pg'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../../lib/generated/prisma/client'
import { readMigrationSql } from '../../lib/migrations'
import { templateDatabaseName, withDatabase } from './global'

const url = process.env.DATABASE_URL

class TestDatabaseFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres'
  readonly adapterName = 'whathelped-test'
  private inner: Promise<SqlMigrationAwareDriverAdapterFactory> | undefined
  private pglite: PGlite | undefined
  private pgPool: PrismaPg | undefined
  database: string | undefined

  connect(): Promise<SqlDriverAdapter> {
    this.inner ??= this.create()
    return this.inner.then((factory) => factory.connect())
  }

  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(new PGlite()).connectToShadowDb()
  }

  private async create(): Promise<SqlMigrationAwareDriverAdapterFactory> {
    if (url) {
      const template = templateDatabaseName()
      this.database = `whathelped_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`
      await adminQuery(`CREATE DATABASE "${this.database}" TEMPLATE "${template}"`)
      this.pgPool = new PrismaPg({ connectionString: withDatabase(url, this.database), max: 5 })
      return this.pgPool
    }
    this.pglite = new PGlite()
    for (const sql of readMigrationSql()) await this.pglite.exec(sql)
    return new PrismaPGlite(this.pglite)
  }

  async destroy(): Promise<void> {
    if (this.pglite && !this.pglite.closed) await this.pglite.close()
    if (this.database) await adminQuery(`DROP DATABASE IF EXISTS "${this.database}" WITH (FORCE)`)
  }
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}

const factory = new TestDatabaseFactory()
const client = new PrismaClient({ adapter: factory })
Object.assign(globalThis, {
  whDb: client,
  whDbKind: url ? 'postgresql' : 'embedded',
  whDbClose: () => factory.destroy(),
  whDbMigrate: async () => [],
})

afterAll(async () => {
  await client.$disconnect()
  await factory.destroy()
})
