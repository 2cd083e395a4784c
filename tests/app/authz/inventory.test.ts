// The matrix covers every entry point the source declares, and nothing that no longer exists:
// a new server action or route handler fails here until it is given its rule in ./matrix.ts.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, entryKey, findEntryPoints } from './inventory'
import { MATRIX, type Group } from './matrix'

const GROUPS: Group[] = ['content', 'staff', 'accounts', 'routes']

describe('the authorization matrix', () => {
  const found = findEntryPoints()
  const listed = new Map(MATRIX.map((entry) => [entryKey(entry), entry]))

  it('finds the server actions and route handlers in the source', () => {
    // A scan that found nothing would let every check below pass.
    expect(found.filter((entry) => entry.kind === 'action').length).toBeGreaterThan(20)
    expect(found.filter((entry) => entry.kind === 'route').length).toBeGreaterThan(5)
    expect(found.map(entryKey)).toContain('app/api/auth/[...nextauth]/route.ts#GET')
  })

  it('lists every server action and route handler with its expected guard', () => {
    const unlisted = found
      .filter((entry) => !listed.has(entryKey(entry)))
      .map((entry) => `unlisted ${entry.kind === 'action' ? 'action' : 'route handler'} ${entry.name} in file ${entry.file}: add it to the matrix (tests/app/authz/matrix.ts) with its expected guard`)
    expect(unlisted).toEqual([])
  })

  it('lists nothing that is not in the source', () => {
    const keys = new Set(found.map(entryKey))
    const stale = MATRIX.filter((entry) => !keys.has(entryKey(entry))).map((entry) => `${entryKey(entry)} is in the matrix but not in the source: remove it`)
    expect(stale).toEqual([])
  })

  it('calls every entry, or says where it is covered instead', () => {
    for (const entry of MATRIX) expect(entry.scenario ?? entry.coveredElsewhere, entryKey(entry)).toBeDefined()
    // Every group has a test file that runs it.
    const runners = fs.readdirSync(import.meta.dirname).filter((name) => name.endsWith('.test.ts'))
    const source = runners.map((name) => fs.readFileSync(path.join(import.meta.dirname, name), 'utf8')).join('\n')
    for (const group of new Set(MATRIX.map((entry) => entry.group))) {
      expect(GROUPS).toContain(group)
      expect(source, `no test file runs the matrix group "${group}"`).toContain(`runMatrix('${group}')`)
    }
  })

  it('gives a guard to everything that is not public on purpose', () => {
    const publicEntries = MATRIX.filter((entry) => entry.access === 'public').map(entryKey)
    // Written out, so that making an entry public is a visible change to this test.
    expect(publicEntries.sort()).toEqual(
      [
        'app/(forum)/notifications/count/route.ts#GET',
        'app/api/auth/[...nextauth]/route.ts#GET',
        'app/api/auth/[...nextauth]/route.ts#POST',
        'app/api/health/route.ts#GET',
        'app/api/insights/[condition]/route.ts#GET',
        'app/api/stories/route.ts#GET',
        'app/feeds/stories.xml/route.ts#GET',
        'app/feeds/tags/[file]/route.ts#GET',
        'lib/accounts/actions.ts#forgotPasswordAction',
        'lib/accounts/actions.ts#signUpAction',
        'lib/accounts/actions.ts#startOAuthSignUpAction',
      ].sort(),
    )
    expect(path.isAbsolute(ROOT)).toBe(true)
  })
})

describe('the source scan', () => {
  it('finds every way to declare a server action or a route handler', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'authz-scan-'))
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
      fs.writeFileSync(path.join(root, file), text)
    }
    try {
      write('lib/things/actions.ts', "'use server'\nexport async function saveThing() {}\nexport const dropThing = async () => {}\nexport type ThingState = {}\n")
      write('lib/things/queries.ts', "export async function listThings() {}\nconst note = 'use server'\n")
      write('components/thing-form.tsx', "export function ThingForm() {\n  async function rename() {\n    'use server'\n  }\n  return rename\n}\n")
      write('app/api/things/route.ts', "const handler = async () => new Response()\nexport { handler as GET }\nexport const POST = handler\nexport const dynamic = 'force-dynamic'\n")
      expect(findEntryPoints(root).map(entryKey)).toEqual([
        'app/api/things/route.ts#GET',
        'app/api/things/route.ts#POST',
        'components/thing-form.tsx#inline@2',
        'lib/things/actions.ts#dropThing',
        'lib/things/actions.ts#saveThing',
      ])
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
