import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { diffSchemaAgainstMigrations } from '../lib/migrations.ts'
const f = new PrismaPGlite(new PGlite())
console.log(JSON.stringify(await diffSchemaAgainstMigrations(f)))
