// Who may take which moderation action on what, through the real server action (a public HTTP
// endpoint): every verb × role (anonymous, member, suspended member, suspended moderator,
// moderator, admin) × target state, with the expected outcome written out, and the database
// checked: an allowed action changes the target and writes one audit entry; a refused one
// changes nothing at all.
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import type { ContentStatus, Role, UserStatus } from '@/lib/generated/prisma/enums'
import { moderate } from '@/lib/moderation/actions'
import type { ModVerb } from '@/lib/moderation/policies'
import { createComment, createStory, createTag, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const DAY = 86_400_000
const ROLES = ['anonymous', 'member', 'suspended member', 'suspended moderator', 'moderator', 'admin'] as const
type ActorRole = (typeof ROLES)[number]
const STAFF: readonly ActorRole[] = ['moderator', 'admin']

const actors = new Map<ActorRole, { id: string } | null>()
let condition: { id: number }

async function account(role: Role, status: UserStatus = 'ACTIVE', suspendedUntil: Date | null = null) {
  const user = await createUser({ role })
  await db.user.update({ where: { id: user.id }, data: { status, suspendedUntil, createdAt: new Date(Date.now() - 90 * DAY) } })
  return user
}

beforeAll(async () => {
  actors.set('anonymous', null)
  actors.set('member', await account('MEMBER'))
  actors.set('suspended member', await account('MEMBER', 'SUSPENDED', new Date(Date.now() + 3 * DAY)))
  actors.set('suspended moderator', await account('MODERATOR', 'SUSPENDED', new Date(Date.now() + 3 * DAY)))
  actors.set('moderator', await account('MODERATOR'))
  actors.set('admin', await account('ADMIN'))
  condition = await createTag({ kind: 'CONDITION' })
})

/** Every field any verb may need: the schema of each takes what it uses. */
function fields(verb: ModVerb, targetType: string, targetId: string | number, extra: Record<string, string | string[]> = {}) {
  return form({ action: verb, targetType, targetId, reason: 'Against the rules', privateNote: 'note', days: '3', confirm: 'on', ...extra })
}

async function auditCount(): Promise<number> {
  return db.moderationAction.count()
}

async function expectOutcome(allowed: boolean, run: () => Promise<{ status: string; message?: string }>, snapshot: () => Promise<unknown>) {
  const before = await snapshot()
  const entries = await auditCount()
  const result = await run()
  if (allowed) {
    expect(result.status, result.message).toBe('success')
    expect(await auditCount()).toBe(entries + 1)
    expect(await snapshot()).not.toEqual(before)
  } else {
    expect(result.status).toBe('error')
    expect(await auditCount()).toBe(entries)
    expect(await snapshot()).toEqual(before)
  }
}

// ---------------------------------------------------------------- stories and replies

const CONTENT_STATES: ContentStatus[] = ['VISIBLE', 'PENDING', 'HIDDEN', 'REMOVED']
/** What a moderator in good standing may do to a story or reply in each state. */
const CONTENT_RULES: Record<'APPROVE' | 'HIDE' | 'REMOVE' | 'RESTORE', ContentStatus[]> = {
  APPROVE: ['PENDING'],
  HIDE: ['VISIBLE', 'PENDING'],
  REMOVE: ['VISIBLE', 'PENDING', 'HIDDEN'],
  RESTORE: ['HIDDEN', 'REMOVED'],
}

const contentCases = (['POST', 'COMMENT'] as const).flatMap((type) =>
  (Object.keys(CONTENT_RULES) as (keyof typeof CONTENT_RULES)[]).flatMap((verb) =>
    CONTENT_STATES.flatMap((state) =>
      ROLES.map((role) => ({ type, verb, state, role, allowed: STAFF.includes(role) && CONTENT_RULES[verb].includes(state) })),
    ),
  ),
)

describe('content actions', () => {
  it.each(contentCases)('$role: $verb a $state $type → allowed: $allowed', async ({ type, verb, state, role, allowed }) => {
    const author = await account('MEMBER')
    const thread = await createStory({ authorId: author.id })
    const post = type === 'POST' ? await createStory({ authorId: author.id, status: state }) : thread
    const comment = type === 'COMMENT' ? await createComment({ postId: thread.id, authorId: author.id, status: state }) : null
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields(verb, type, comment?.id ?? post.id)),
      async () =>
        comment
          ? db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { status: true } })
          : db.post.findUniqueOrThrow({ where: { id: post.id }, select: { status: true } }),
    )
  })

  it.each(ROLES.map((role) => ({ role, allowed: STAFF.includes(role) })))('$role: hide a reply in a locked thread → allowed: $allowed', async ({ role, allowed }) => {
    const author = await account('MEMBER')
    const thread = await createStory({ authorId: author.id })
    await db.post.update({ where: { id: thread.id }, data: { locked: true } })
    const comment = await createComment({ postId: thread.id, authorId: author.id })
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields('HIDE', 'COMMENT', comment.id)),
      () => db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { status: true } }),
    )
  })
})

// ---------------------------------------------------------------- thread flags and tags

const FLAG_CASES = [
  { verb: 'LOCK', state: { locked: false }, ok: true },
  { verb: 'LOCK', state: { locked: true }, ok: false },
  { verb: 'UNLOCK', state: { locked: true }, ok: true },
  { verb: 'UNLOCK', state: { locked: false }, ok: false },
  { verb: 'PIN', state: { pinned: false }, ok: true },
  { verb: 'PIN', state: { pinned: true }, ok: false },
  { verb: 'UNPIN', state: { pinned: true }, ok: true },
  { verb: 'UNPIN', state: { pinned: false }, ok: false },
] as const

describe('thread flags', () => {
  const cases = FLAG_CASES.flatMap((c) => ROLES.map((role) => ({ ...c, role, label: JSON.stringify(c.state), allowed: c.ok && STAFF.includes(role) })))
  it.each(cases)('$role: $verb a story $label → allowed: $allowed', async ({ verb, state, role, allowed }) => {
    const author = await account('MEMBER')
    const post = await createStory({ authorId: author.id })
    await db.post.update({ where: { id: post.id }, data: state })
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields(verb, 'POST', post.id)),
      () => db.post.findUniqueOrThrow({ where: { id: post.id }, select: { locked: true, pinned: true } }),
    )
  })

  it('a removed story cannot be pinned', async () => {
    const author = await account('MEMBER')
    const post = await createStory({ authorId: author.id, status: 'REMOVED' })
    signInAs(actors.get('admin')!)
    const result = await moderate({ status: 'idle' }, fields('PIN', 'POST', post.id))
    expect(result).toMatchObject({ status: 'error', message: 'Only a visible story can be pinned.' })
  })
})

describe('edit tags', () => {
  const cases = (['VISIBLE', 'REMOVED'] as const).flatMap((state) => ROLES.map((role) => ({ state, role, allowed: state === 'VISIBLE' && STAFF.includes(role) })))
  it.each(cases)('$role: edit the tags of a $state story → allowed: $allowed', async ({ state, role, allowed }) => {
    const author = await account('MEMBER')
    const post = await createStory({ authorId: author.id, status: state })
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields('EDIT_TAGS', 'POST', post.id, { tagIds: [String(condition.id)] })),
      () => db.postTag.findMany({ where: { postId: post.id }, select: { tagId: true } }),
    )
  })
})

describe('dismiss', () => {
  const cases = [true, false].flatMap((reported) => ROLES.map((role) => ({ reported, role, allowed: reported && STAFF.includes(role) })))
  it.each(cases)('$role: dismiss reports (any open: $reported) → allowed: $allowed', async ({ reported, role, allowed }) => {
    const author = await account('MEMBER')
    const reporter = await account('MEMBER')
    const post = await createStory({ authorId: author.id })
    if (reported) await db.report.create({ data: { reporterId: reporter.id, targetType: 'POST', postId: post.id, reason: 'SPAM', openKey: `${reporter.id}:POST:${post.id}` } })
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields('DISMISS', 'POST', post.id)),
      () => db.report.findMany({ where: { postId: post.id }, select: { status: true } }),
    )
  })

  it('a moderator cannot dismiss reports about their own story', async () => {
    const moderator = actors.get('moderator')!
    const reporter = await account('MEMBER')
    const post = await createStory({ authorId: moderator.id })
    await db.report.create({ data: { reporterId: reporter.id, targetType: 'POST', postId: post.id, reason: 'SPAM', openKey: `${reporter.id}:POST:${post.id}` } })
    signInAs(moderator)
    const result = await moderate({ status: 'idle' }, fields('DISMISS', 'POST', post.id))
    expect(result.status).toBe('error')
    expect(await db.report.count({ where: { postId: post.id, status: 'OPEN' } })).toBe(1)
  })
})

// ---------------------------------------------------------------- accounts

type AccountState = 'active' | 'suspended' | 'banned'
const ACCOUNT_STATES: AccountState[] = ['active', 'suspended', 'banned']
/** What staff may do to an account they are allowed to act on, by its state. */
const ACCOUNT_RULES: Record<'WARN' | 'SUSPEND' | 'BAN' | 'UNBAN', AccountState[]> = {
  WARN: ['active', 'suspended'],
  SUSPEND: ['active', 'suspended'],
  BAN: ['active', 'suspended'],
  UNBAN: ['suspended', 'banned'],
}
const TARGET_ROLES: Role[] = ['MEMBER', 'MODERATOR', 'ADMIN']

/** Moderators act on members' accounts only; admins on anyone's but their own. */
function mayTouch(role: ActorRole, targetRole: Role): boolean {
  if (role === 'admin') return true
  return role === 'moderator' && targetRole === 'MEMBER'
}

const accountCases = (Object.keys(ACCOUNT_RULES) as (keyof typeof ACCOUNT_RULES)[]).flatMap((verb) =>
  TARGET_ROLES.flatMap((targetRole) =>
    ACCOUNT_STATES.flatMap((state) =>
      ROLES.map((role) => ({ verb, targetRole, state, role, allowed: mayTouch(role, targetRole) && ACCOUNT_RULES[verb].includes(state) })),
    ),
  ),
)

describe('account actions', () => {
  it.each(accountCases)('$role: $verb a $state $targetRole → allowed: $allowed', async ({ verb, targetRole, state, role, allowed }) => {
    const target =
      state === 'active'
        ? await account(targetRole)
        : state === 'suspended'
          ? await account(targetRole, 'SUSPENDED', new Date(Date.now() + 2 * DAY))
          : await account(targetRole, 'BANNED')
    signInAs(actors.get(role) ?? null)
    await expectOutcome(
      allowed,
      () => moderate({ status: 'idle' }, fields(verb, 'USER', target.id)),
      async () => ({
        user: await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, suspendedUntil: true, role: true, sessionVersion: true } }),
        // A warning changes no account field: its notification is the change.
        notices: await db.notification.count({ where: { userId: target.id } }),
      }),
    )
  })

  const selfCases = (['WARN', 'SUSPEND', 'BAN', 'UNBAN'] as const).flatMap((verb) => (['moderator', 'admin'] as const).map((role) => ({ verb, role })))
  it.each(selfCases)('$role: $verb their own account → refused', async ({ verb, role }) => {
    const self = actors.get(role)!
    signInAs(self)
    const before = await db.user.findUniqueOrThrow({ where: { id: self.id }, select: { status: true, sessionVersion: true } })
    const result = await moderate({ status: 'idle' }, fields(verb, 'USER', self.id))
    expect(result).toMatchObject({ status: 'error' })
    expect(await db.user.findUniqueOrThrow({ where: { id: self.id }, select: { status: true, sessionVersion: true } })).toEqual(before)
  })

  it('an expired suspension counts as active: nothing to unban', async () => {
    const target = await account('MEMBER', 'SUSPENDED', new Date(Date.now() - DAY))
    signInAs(actors.get('moderator')!)
    const result = await moderate({ status: 'idle' }, fields('UNBAN', 'USER', target.id))
    expect(result).toMatchObject({ status: 'error', message: 'This account is neither banned nor suspended.' })
  })
})

describe('form checks', () => {
  it.each([
    ['REMOVE', 'reason'],
    ['WARN', 'reason'],
    ['SUSPEND', 'reason'],
    ['BAN', 'reason'],
  ] as const)('%s without a public reason is refused with a field error', async (verb, field) => {
    const author = await account('MEMBER')
    const post = await createStory({ authorId: author.id })
    signInAs(actors.get('admin')!)
    const targetType = verb === 'REMOVE' ? 'POST' : 'USER'
    const result = await moderate({ status: 'idle' }, fields(verb, targetType, targetType === 'POST' ? post.id : author.id, { reason: '  ' }))
    expect(result.status).toBe('error')
    expect(result.fieldErrors?.[field]).toBeDefined()
    expect(await db.moderationAction.count({ where: { targetUserId: author.id } })).toBe(0)
  })

  it.each(['REMOVE', 'BAN', 'SUSPEND'] as const)('%s needs the confirmation box', async (verb) => {
    const author = await account('MEMBER')
    const post = await createStory({ authorId: author.id })
    signInAs(actors.get('admin')!)
    const data = fields(verb, verb === 'REMOVE' ? 'POST' : 'USER', verb === 'REMOVE' ? post.id : author.id)
    data.delete('confirm')
    const result = await moderate({ status: 'idle' }, data)
    expect(result.fieldErrors?.confirm).toBeDefined()
  })

  it.each([
    ['0', false],
    ['1', true],
    ['365', true],
    ['366', false],
  ] as const)('a suspension of %s days → allowed: %s', async (days, allowed) => {
    const target = await account('MEMBER')
    signInAs(actors.get('moderator')!)
    const result = await moderate({ status: 'idle' }, fields('SUSPEND', 'USER', target.id, { days }))
    expect(result.status).toBe(allowed ? 'success' : 'error')
    if (!allowed) expect(result.fieldErrors?.days).toBeDefined()
  })

  it('a reason longer than 500 characters is refused', async () => {
    const target = await account('MEMBER')
    signInAs(actors.get('moderator')!)
    const result = await moderate({ status: 'idle' }, fields('WARN', 'USER', target.id, { reason: 'x'.repeat(501) }))
    expect(result.fieldErrors?.reason).toBeDefined()
  })

  it('a verb on the wrong kind of target is refused', async () => {
    const author = await account('MEMBER')
    const thread = await createStory({ authorId: author.id })
    const comment = await createComment({ postId: thread.id, authorId: author.id })
    signInAs(actors.get('admin')!)
    expect((await moderate({ status: 'idle' }, fields('LOCK', 'COMMENT', comment.id))).status).toBe('error')
    expect((await moderate({ status: 'idle' }, fields('BAN', 'POST', thread.id))).status).toBe('error')
    expect((await moderate({ status: 'idle' }, fields('HIDE', 'USER', author.id))).status).toBe('error')
    expect(await db.moderationAction.count({ where: { targetUserId: author.id } })).toBe(0)
  })
})
