import path from 'node:path'
import { defineConfig } from 'vitest/config'

// End-to-end tests: the built app (`npm run build`) served by `next start` on a fresh embedded
// database, driven in Debian's Chromium through playwright-core.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/server.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
