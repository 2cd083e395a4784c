// An instance of the production build, started the way `npm start` starts it (server.mjs) on a
// free port, and stopped afterwards: the shared one of the suite (tests/e2e/support/server.ts)
// and any a test needs with its own configuration (its own database).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

const STARTUP_TIMEOUT_MS = 150_000

export const ROOT = path.resolve(import.meta.dirname, '../../..')

export interface AppInstance {
  baseURL: string
  process: ChildProcess
  /** Everything the server printed so far. */
  output: () => string
  stop: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/**
 * Starts the build with `env` over this process's environment (an undefined value removes the
 * variable); resolves once /api/health is ok.
 */
export async function startApp(env: Record<string, string | undefined>): Promise<AppInstance> {
  if (!fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before `npm run test:e2e`.')
  }
  const port = await freePort()
  const baseURL = `http://127.0.0.1:${port}`
  // The app's public address is this one (same-origin checks and next-auth's callbacks).
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), NEXTAUTH_URL: baseURL, ...env, NODE_ENV: 'production' }
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name]
  // server.mjs listens on every interface unless HOST says otherwise (not 127.0.0.1: proxy.ts).
  const child = spawn(process.execPath, [path.join(ROOT, 'server.mjs')], {
    cwd: ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const timeout = new Promise((resolve) => setTimeout(resolve, 6_000))
    await Promise.race([exited, timeout])
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  }

  const deadline = Date.now() + STARTUP_TIMEOUT_MS
  while (true) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}:\n${log}`)
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the app did not become healthy within ${STARTUP_TIMEOUT_MS / 1000} s:\n${log}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return { baseURL, process: child, output: () => log, stop }
}
