import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { describe, expect, it } from 'vitest'
import { applyMigrations, diffSchemaAgainstMigrations, readMigrationsList } from '@/lib/migrations'

describe('migrations', () => {
  it('agree with prisma/schema.prisma (no drift)', async () => {
    // Replays every migration on a throwaway database and diffs the result with the schema.
    const drift = await diffSchemaAgainstMigrations(new PrismaPGlite(new PGlite()))
    expect(drift, 'schema.prisma changed without a migration: run npm run db:migration -- <name>').toBe('')
  }, 120_000)

  it('apply through the WASM schema engine with Prisma bookkeeping, once', async () => {
    const pglite = new PGlite()
    try {
      const names = readMigrationsList().migrationDirectories.map((m) => m.path)
      expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual(names)
      expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual([])
      const { rows } = await pglite.query<{ migration_name: string }>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name',
      )
      expect(rows.map((r) => r.migration_name)).toEqual(names)
    } finally {
      await pglite.close()
    }
  }, 120_000)
})
