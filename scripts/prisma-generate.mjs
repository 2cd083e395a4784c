// `prisma generate`, offline. The Prisma CLI downloads a native schema engine on start unless
// PRISMA_SCHEMA_ENGINE_BINARY names an existing executable; generate never runs it, so any
// executable will do (this Node binary). Migrations use the WASM engine instead: lib/migrations.ts.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
let cli
try {
  cli = require.resolve('prisma/build/index.js')
} catch {
  // A production install without dev dependencies: the client was generated at build time.
  console.warn('prisma CLI not installed; skipping prisma generate')
  process.exit(0)
}
const result = spawnSync(process.execPath, [cli, 'generate'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
})
process.exit(result.status ?? 1)
