// Migrations without the Prisma CLI: the CLI downloads a native schema engine on start, which
// these machines cannot, so we drive Prisma's own WASM schema engine through a driver adapter.
// It writes the same SQL and the same `_prisma_migrations` bookkeeping as `prisma migrate`,
// so `prisma migrate deploy` keeps working on the same folder wherever the CLI can run.
// See docs/decisions/001-offline-migrations.md.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils'

const MIGRATION_FILE = 'migration.sql'
const LOCK_FILE = 'migration_lock.toml'
const FILTERS = { externalTables: [], externalEnums: [] }

export const projectRoot = process.env.WH_PROJECT_ROOT ?? process.cwd()
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma')
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations')

interface SchemaEngineModule {
  SchemaEngine: {
    new: (options: unknown, log: (message: string) => void, adapter: object) => Promise<SchemaEngine>
  }
  __wbg_set_wasm: (exports: WebAssembly.Exports) => void
}

export interface SchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string }>
  applyMigrations(params: unknown): Promise<{ appliedMigrationNames: string[] }>
  free(): void
}

let enginePromise: Promise<SchemaEngineModule> | undefined

/** Loads the WASM schema engine once per process (Node cannot import its `.wasm` directly). */
function loadEngineModule(): Promise<SchemaEngineModule> {
  enginePromise ??= (async () => {
    const require = createRequire(path.join(projectRoot, 'package.json'))
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'))
    const bg = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ path.join(dir, 'schema_engine_bg.js'))) as SchemaEngineModule
    const wasm = await WebAssembly.compile(fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm')))
    const instance = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports })
    bg.__wbg_set_wasm(instance.exports)
    ;(instance.exports.__wbindgen_start as () => void)()
    return bg
  })()
  return enginePromise
}

export async function openSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory): Promise<SchemaEngine> {
  const bg = await loadEngineModule()
  const schema = fs.readFileSync(schemaPath, 'utf8')
  return bg.SchemaEngine.new(
    { datamodels: [['schema.prisma', schema]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  )
}

/** The migrations folder in the shape the engine takes. */
export function readMigrationsList(dir = migrationsDir) {
  const migrationDirectories = fs.existsSync(/*turbopackIgnore: true*/ dir)
    ? fs
        .readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(/*turbopackIgnore: true*/ path.join(dir, entry.name, MIGRATION_FILE)))
        .map((entry) => entry.name)
        .sort()
        .map((name) => ({
          path: name,
          migrationFile: {
            path: MIGRATION_FILE,
            content: { tag: 'ok', value: fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, name, MIGRATION_FILE), 'utf8') },
          },
        }))
    : []
  const lockPath = path.join(dir, LOCK_FILE)
  return {
    baseDir: dir,
    lockfile: { path: LOCK_FILE, content: fs.existsSync(/*turbopackIgnore: true*/ lockPath) ? fs.readFileSync(/*turbopackIgnore: true*/ lockPath, 'utf8') : null },
    migrationDirectories,
    shadowDbInitScript: '',
  }
}

/** Applies pending migrations; returns the names of those applied now. */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const engine = await openSchemaEngine(factory)
  try {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: FILTERS })
    return result.appliedMigrationNames
  } finally {
    engine.free()
  }
}

/**
 * SQL that would bring the migrations up to the schema; empty when they agree.
 * The engine replays the migrations on the factory's shadow database.
 */
export async function diffSchemaAgainstMigrations(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const engine = await openSchemaEngine(factory)
  try {
    const migrationsList = readMigrationsList()
    const from = migrationsList.migrationDirectories.length
      ? { tag: 'migrations', ...migrationsList }
      : { tag: 'empty' }
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: fs.readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: FILTERS,
    })
    return result.stdout.replace(/^-- This is an empty migration\.\s*$/m, '').trim()
  } finally {
    engine.free()
  }
}

/** Writes the next migration from the schema diff; returns its folder name, or null if none. */
export async function writeMigration(factory: SqlMigrationAwareDriverAdapterFactory, name: string): Promise<string | null> {
  const sql = await diffSchemaAgainstMigrations(factory)
  if (!sql) return null
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'migration'
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
  const folder = `${stamp}_${slug}`
  fs.mkdirSync(path.join(migrationsDir, folder), { recursive: true })
  fs.writeFileSync(path.join(migrationsDir, folder, MIGRATION_FILE), `${sql}\n`)
  const lockPath = path.join(migrationsDir, LOCK_FILE)
  if (!fs.existsSync(lockPath)) {
    fs.writeFileSync(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    )
  }
  return folder
}

/** Every migration's SQL in order, for tests that build a throwaway database quickly. */
export function readMigrationSql(dir = migrationsDir): string[] {
  return readMigrationsList(dir).migrationDirectories.map((m) => m.migrationFile.content.value)
}
