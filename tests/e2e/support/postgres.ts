// A private PostgreSQL for a test that must stop and start its database: its own data folder,
// port and socket folder under the system's temp folder, never the shared server on 5432.
// Run as the `postgres` OS user when the tests run as root (initdb refuses root).
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { freePort } from './app'

const run = promisify(execFile)

export interface PrivatePostgres {
  /** postgresql://postgres@127.0.0.1:<port>/whathelped */
  url: string
  /** Stops the server at once, as a crash would (`pg_ctl stop -m immediate`). */
  kill: () => Promise<void>
  /** Starts it again on the same data folder and port; resolves once it accepts connections. */
  start: () => Promise<void>
  /** Stops it and deletes its folder. */
  destroy: () => Promise<void>
}

/** The folder with initdb and pg_ctl: PG_BIN, else `pg_config --bindir`, else Debian's newest. */
export async function postgresBinaries(): Promise<string | null> {
  const candidates: string[] = []
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN)
  try {
    candidates.push((await run('pg_config', ['--bindir'])).stdout.trim())
  } catch {
    // no pg_config on the PATH
  }
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    const versions = fs.readdirSync(debian).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a))
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')))
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl'))) ?? null
}

export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const asRoot = process.getuid?.() === 0
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'whathelped-pg-'))
  const data = path.join(dir, 'data')
  if (asRoot) await run('chown', ['postgres', dir])
  // As the postgres user when we are root; argv is passed as is, no shell.
  const pg = (tool: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args]) : run(path.join(bin, tool), args)

  await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  const port = await freePort()
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'server.log'), '-w', '-t', '60', 'start'])
  }
  const kill = async () => {
    await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
  }
  await start()
  await pg('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'whathelped'])
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/whathelped`,
    kill,
    start,
    destroy: async () => {
      await kill().catch(() => {})
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
