// Database tasks that work offline, on the embedded database or on DATABASE_URL:
//   npm run db:migrate                 apply pending migrations
//   npm run db:migration -- <name>     write the next migration from the schema diff
//   npm run db:check                   fail when schema.prisma and the migrations disagree
//   npm run db:seed [-- --scale N]     demo content (idempotent), plus N synthetic stories
//   npm run db:reset [-- --force]      drop everything, migrate, seed
import fs from 'node:fs'
import { parseArgs } from 'node:util'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'

// Scripts seed explicitly; the embedded database must not seed itself when opened here.
process.env.WH_SEED_ON_START = 'false'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    scale: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
})
const [command, ...rest] = positionals

async function main(): Promise<void> {
  switch (command) {
    case 'migrate':
      return migrate()
    case 'migration':
      return migration(rest[0])
    case 'check':
      return check()
    case 'seed':
      return seedCommand()
    case 'reset':
      return reset()
    default:
      throw new Error('usage: tsx scripts/db.ts migrate | migration <name> | check | seed [--scale N] | reset [--force]')
  }
}

async function migrate(): Promise<void> {
  const { migrateDatabase, databaseKind } = await import('../lib/db')
  const applied = await migrateDatabase()
  console.info(applied.length ? `Applied ${applied.join(', ')}` : `No pending migrations (${databaseKind()} database).`)
}

async function migration(name: string | undefined): Promise<void> {
  if (!name) throw new Error('usage: npm run db:migration -- <name>')
  const { writeMigration } = await import('../lib/migrations')
  // The engine replays the existing migrations on a throwaway embedded database and diffs.
  const folder = await writeMigration(new PrismaPGlite(new PGlite()), name)
  console.info(folder ? `Wrote prisma/migrations/${folder}/migration.sql — review it, then npm run db:migrate` : 'The schema and the migrations already agree: nothing to write.')
}

async function check(): Promise<void> {
  const { diffSchemaAgainstMigrations } = await import('../lib/migrations')
  const drift = await diffSchemaAgainstMigrations(new PrismaPGlite(new PGlite()))
  if (drift) {
    console.error(`prisma/schema.prisma and prisma/migrations disagree. Run npm run db:migration -- <name>.\n\n${drift}`)
    process.exitCode = 1
  } else {
    console.info('Schema and migrations agree.')
  }
}

async function seedCommand(): Promise<void> {
  const { db, migrateDatabase } = await import('../lib/db')
  await migrateDatabase()
  const { seed } = await import('../prisma/seed/seed')
  let started = performance.now()
  console.info(`Seeded ${await seed(db)} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (values.scale !== undefined) {
    const stories = Number(values.scale)
    if (!Number.isInteger(stories) || stories < 1 || stories > 10_000_000) {
      throw new Error('--scale takes a whole number of stories from 1 to 10,000,000')
    }
    const { seedScale } = await import('../prisma/seed/scale')
    started = performance.now()
    console.info(`Loading ${stories.toLocaleString('en')} synthetic stories…`)
    const result = await seedScale(db, stories)
    console.info(
      `Loaded ${result.stories.toLocaleString('en')} stories, ${result.comments.toLocaleString('en')} comments, ` +
        `${result.users.toLocaleString('en')} members in ${result.seconds.toFixed(1)} s`,
    )
  }
}

async function reset(): Promise<void> {
  const { env } = await import('../lib/env')
  if (env.NODE_ENV === 'production' && !values.force) {
    throw new Error('Refusing to reset a production database without --force')
  }
  if (env.DATABASE_URL) {
    const { Client } = await import('pg')
    const client = new Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    await client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;')
    await client.end()
  } else {
    const { embeddedDir } = await import('../lib/db')
    fs.rmSync(embeddedDir, { recursive: true, force: true })
  }
  console.info('Database emptied.')
  await seedCommand()
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  })
  .finally(async () => {
    const { closeDb } = await import('../lib/db')
    await closeDb()
  })
