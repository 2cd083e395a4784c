import { defineConfig } from 'prisma/config'

// Used by the Prisma CLI only (`prisma generate`). Migrations are applied offline by
// scripts/db.ts through Prisma's WASM schema engine; the app connects through lib/db.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
})
