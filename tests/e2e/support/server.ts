// Starts the production build on a free port with its own embedded database folder (migrated
// and seeded on first start), and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string
  }
}

const STARTUP_TIMEOUT_MS = 150_000

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${url}/api/health`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`the app did not become healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output()}`)
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = path.resolve(import.meta.dirname, '../../..')
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before `npm run test:e2e`.')
  }
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'whathelped-e2e-'))
  let log = ''
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', WH_DATA_DIR: dataDir, PORT: String(port) }
  delete env.DATABASE_URL
  // Not -H 127.0.0.1: Next 16 then serves the anonymous page cache's rewrites over a second
  // HTTP request (proxy.ts).
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '0.0.0.0'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  try {
    await waitForHealth(baseURL, child, () => log)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  project.provide('baseURL', baseURL)
  return async () => {
    child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    if (child.exitCode === null) child.kill('SIGKILL')
    if (process.env.WH_E2E_SERVER_LOG) fs.writeFileSync(process.env.WH_E2E_SERVER_LOG, log)
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
