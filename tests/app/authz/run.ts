// Turns each matrix entry's access rule into calls and expectations (see ./matrix.ts). Every case
// builds its own objects and accounts, so the cases are independent; each refusal is checked on
// the database (the snapshot is unchanged), and each entry's rightful call is made once too.
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { createMember, createUser } from '../../factories'
import { ROOT, entryKey } from './inventory'
import { DAY_MS, MATRIX, PASSWORD, settle, type CallOptions, type Endpoint, type Group, type Guard, type MatrixEntry, type Scenario, type TestUser, type Verdict } from './matrix'
import { signInAs } from './mocks'

type Caller = 'anonymous' | 'rightful' | 'another member' | 'a member' | 'a moderator' | 'suspended rightful' | 'banned rightful'

interface Case {
  name: string
  /** The guard the case checks (none for the rightful and public calls). */
  guard?: Guard
  caller: Caller
  hidden?: boolean
  options?: CallOptions
  /** 'any' for a stranger's call on their own data: only the owner's rows and secrets matter. */
  expected: Verdict | 'any'
}

/** The cases an entry's access rule calls for; the rightful call last. */
export function casesFor(entry: MatrixEntry & { scenario: Scenario<unknown> }): Case[] {
  const { access, scenario } = entry
  if (access === 'public') return [{ name: 'anyone may call it', caller: 'anonymous', expected: 'ok' }]
  const cases: Case[] = []
  const rightful: Caller = scenario.rightful === 'anonymous' ? 'anonymous' : 'rightful'
  if (scenario.rightful !== 'anonymous') cases.push({ name: 'anonymous: asked to sign in, nothing changed', caller: 'anonymous', expected: 'sign-in' })
  if (access.includes('owner')) {
    const own = scenario.strangerGets === 'own-data'
    cases.push({
      name: own ? 'another member: acts on their own data only, the owner’s unchanged' : 'another member, on the owner’s object: refused, nothing changed',
      guard: 'owner',
      caller: 'another member',
      expected: own ? 'any' : 'refused',
    })
  }
  if (access.includes('participant')) {
    cases.push({ name: 'suspended: refused, nothing changed', guard: 'participant', caller: 'suspended rightful', expected: 'refused' })
    cases.push({ name: 'banned: refused, nothing changed', guard: 'participant', caller: 'banned rightful', expected: 'refused' })
  }
  const staffGuard = access.includes('admin') ? 'admin' : access.includes('moderator') ? 'moderator' : undefined
  if (staffGuard) cases.push({ name: 'a member: refused, nothing changed', guard: staffGuard, caller: 'a member', expected: 'refused' })
  if (access.includes('admin')) cases.push({ name: 'a moderator: refused, nothing changed', guard: 'admin', caller: 'a moderator', expected: 'refused' })
  if (access.includes('visible')) cases.push({ name: 'on a thread hidden from the caller: refused, nothing changed', guard: 'visible', caller: rightful, hidden: true, expected: 'refused' })
  if (access.includes('same-origin')) cases.push({ name: 'from another site: refused, nothing changed', guard: 'same-origin', caller: rightful, options: { foreignOrigin: true }, expected: 'refused' })
  if (access.includes('token')) cases.push({ name: 'with a forged token: refused, nothing changed', guard: 'token', caller: rightful, options: { forgedToken: true }, expected: 'refused' })
  cases.push({ name: `the rightful caller (${scenario.rightful.toLowerCase()}): succeeds`, caller: rightful, expected: 'ok' })
  return cases
}

async function account(role: Role, needsPassword: boolean): Promise<TestUser> {
  const user = needsPassword ? await createMember({ role, password: PASSWORD }) : await createUser({ role })
  await settle(user.id)
  return { id: user.id, handle: user.handle, email: user.email!, role: user.role }
}

async function setStatus(user: TestUser, status: 'SUSPENDED' | 'BANNED'): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { status, suspendedUntil: status === 'SUSPENDED' ? new Date(Date.now() + 3 * DAY_MS) : null } })
}

async function callerFor(caller: Caller, rightful: TestUser | null, scenario: Scenario<unknown>): Promise<TestUser | null> {
  const needsPassword = scenario.needsPassword ?? false
  switch (caller) {
    case 'anonymous':
      return null
    case 'rightful':
      return rightful
    case 'another member':
      return account(scenario.rightful === 'anonymous' ? 'MEMBER' : scenario.rightful, needsPassword)
    case 'a member':
      return account('MEMBER', needsPassword)
    case 'a moderator':
      return account('MODERATOR', needsPassword)
    case 'suspended rightful':
    case 'banned rightful':
      await setStatus(rightful!, caller === 'banned rightful' ? 'BANNED' : 'SUSPENDED')
      return rightful
  }
}

async function load(entry: MatrixEntry): Promise<Endpoint> {
  const exported = (await import(path.join(ROOT, entry.file))) as Record<string, unknown>
  const endpoint = exported[entry.name]
  if (typeof endpoint !== 'function') throw new Error(`${entryKey(entry)} is not a function`)
  return endpoint as Endpoint
}

async function runCase(entry: MatrixEntry, scenario: Scenario<unknown>, testCase: Case): Promise<void> {
  const endpoint = await load(entry)
  const rightful = scenario.rightful === 'anonymous' ? null : await account(scenario.rightful, scenario.needsPassword ?? false)
  const state = await scenario.setup(rightful, { hidden: testCase.hidden ?? false })
  const caller = await callerFor(testCase.caller, rightful, scenario)
  signInAs(caller)
  const before = await scenario.snapshot(state)
  const outcome = await scenario.call(endpoint, state, testCase.options ?? {})
  const after = await scenario.snapshot(state)
  if (testCase.expected === 'ok') {
    expect(outcome.verdict, outcome.detail).toBe('ok')
    // The success is real: the database moved (unless the entry only reads).
    if (!scenario.readOnly) expect(after, `${outcome.detail}: the rightful call changed nothing`).not.toEqual(before)
    return
  }
  if (testCase.expected !== 'any') expect(outcome.verdict, outcome.detail).toBe(testCase.expected)
  expect(after, outcome.detail).toEqual(before)
  if (scenario.secret) expect(outcome.detail).not.toContain(scenario.secret(state))
}

/** One describe per entry of the group, one test per case. */
export function runMatrix(group: Group): void {
  beforeEach(() => signInAs(null))
  const entries = MATRIX.filter((entry): entry is MatrixEntry & { scenario: Scenario<unknown> } => entry.group === group && entry.scenario !== undefined)
  for (const entry of entries) {
    const rule = entry.access === 'public' ? 'public' : entry.access.join(' + ')
    describe(`${entryKey(entry)} [${rule}]`, () => {
      for (const testCase of casesFor(entry)) {
        const gap = entry.knownGaps?.find((known) => known.guard === testCase.guard)
        if (gap) it.fails(`KNOWN GAP (${gap.reported}): ${testCase.name}`, () => runCase(entry, entry.scenario, testCase))
        else it(testCase.name, () => runCase(entry, entry.scenario, testCase))
      }
    })
  }
}
