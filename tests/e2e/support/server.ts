// The suite's shared server: the production build (started as `npm start` starts it) on a free
// port with its own embedded database folder (migrated and seeded on first start), stopped and
// removed afterwards.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { startApp } from './app'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whathelped-e2e-'))
  const app = await startApp({ WH_DATA_DIR: dataDir, DATABASE_URL: undefined })
  project.provide('baseURL', app.baseURL)
  return async () => {
    await app.stop()
    if (process.env.WH_E2E_SERVER_LOG) fs.writeFileSync(process.env.WH_E2E_SERVER_LOG, app.output())
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
