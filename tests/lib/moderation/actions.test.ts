// Moderation actions end to end on a real database: the audit entry, the reports they settle,
// who is told what, counters, suspensions and bans taking effect, and the two logs.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { sessionOptions } from '@/lib/auth'
import { createComment as postReply } from '@/lib/comments/actions'
import { getCommentTree } from '@/lib/comments/queries'
import { db } from '@/lib/db'
import { moderate } from '@/lib/moderation/actions'
import { listModerationLog } from '@/lib/moderation/log'
import { getModerationQueue } from '@/lib/moderation/queue'
import { getThreadPost } from '@/lib/stories/queries'
import { createComment, createStory, createTag, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)
// Which replies had their notification emails sent (the real sender needs SMTP).
const emailed = vi.hoisted(() => [] as number[])
vi.mock('@/lib/notifications/email', () => ({ emailCommentNotifications: async (id: number) => (emailed.push(id), 0) }))

const DAY = 86_400_000

async function member(role: 'MEMBER' | 'MODERATOR' | 'ADMIN' = 'MEMBER') {
  const user = await createUser({ role })
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 90 * DAY), approvedPostCount: 10 } })
  return user
}

async function report(reporterId: string, target: { postId?: number; commentId?: number; targetUserId?: string }, reason: 'SPAM' | 'HARASSMENT' | 'SELF_HARM' | 'OFF_TOPIC' = 'SPAM', note?: string) {
  const targetType = target.commentId ? 'COMMENT' : target.postId ? 'POST' : 'USER'
  const id = target.commentId ?? target.postId ?? target.targetUserId
  return db.report.create({ data: { reporterId, targetType, ...target, reason, note, openKey: `${reporterId}:${targetType}:${id}` } })
}

function act(fields: Record<string, string | string[]>) {
  return moderate({ status: 'idle' }, form(fields))
}

beforeEach(() => signInAs(null))

describe('removing a reported reply', () => {
  it('writes the audit entry, settles the reports and tells the author the reason and each reporter only that it was handled', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const [alice, bob] = [await createUser({ handle: 'alice_reporter' }), await createUser({ handle: 'bob_reporter' })]
    const thread = await createStory({ authorId: author.id })
    const reply = await createComment({ postId: thread.id, authorId: author.id, body: 'Buy my cream at spam.example' })
    await report(alice.id, { commentId: reply.id }, 'SPAM', 'an advert')
    await report(bob.id, { commentId: reply.id }, 'OFF_TOPIC')

    signInAs(moderator)
    const result = await act({ action: 'REMOVE', targetType: 'COMMENT', targetId: String(reply.id), reason: 'Advertising', privateNote: 'third time this week', confirm: 'on' })
    expect(result).toMatchObject({ status: 'success', message: 'Removed. 2 reports resolved.' })

    const entry = await db.moderationAction.findFirstOrThrow({ where: { commentId: reply.id } })
    expect(entry).toMatchObject({ actorId: moderator.id, action: 'REMOVE', targetType: 'COMMENT', commentId: reply.id, targetUserId: author.id, reason: 'Advertising', privateNote: 'third time this week' })
    expect(entry.details).toEqual({ from: 'VISIBLE', to: 'REMOVED', reports: 2 })
    expect(entry.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000)

    const reports = await db.report.findMany({ where: { commentId: reply.id } })
    for (const r of reports) expect(r).toMatchObject({ status: 'ACTIONED', openKey: null, resolvedById: moderator.id, resolvedAt: expect.any(Date) })

    const comment = await db.comment.findUniqueOrThrow({ where: { id: reply.id }, select: { status: true, removalReason: true } })
    expect(comment).toEqual({ status: 'REMOVED', removalReason: 'Advertising' })
    expect((await db.post.findUniqueOrThrow({ where: { id: thread.id } })).commentCount).toBe(0)

    const toAuthor = await db.notification.findMany({ where: { userId: author.id } })
    expect(toAuthor).toHaveLength(1)
    expect(toAuthor[0]).toMatchObject({ kind: 'MOD_ACTION', commentId: reply.id, postId: thread.id, actorId: null })
    expect(toAuthor[0]!.message).toContain('Advertising')
    expect(toAuthor[0]!.message).not.toContain('third time')
    expect(toAuthor[0]!.message).not.toMatch(/alice|bob|advert\b/)

    const toReporters = await db.notification.findMany({ where: { userId: { in: [alice.id, bob.id] } } })
    expect(toReporters).toHaveLength(2)
    for (const n of toReporters) {
      expect(n.kind).toBe('REPORT_HANDLED')
      expect(n.actorId).toBeNull()
      expect(n.message).not.toContain('Advertising')
      expect(n.message).not.toContain('third time')
    }
    expect(await db.notification.count({ where: { userId: moderator.id } })).toBe(0)
  })

  it('shows the public reason in place of the reply, to everyone', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const thread = await createStory({ authorId: author.id })
    const reply = await createComment({ postId: thread.id, authorId: author.id })
    signInAs(moderator)
    await act({ action: 'REMOVE', targetType: 'COMMENT', targetId: String(reply.id), reason: 'Medical misinformation', confirm: 'on' })
    for (const viewer of [null, { id: author.id, handle: author.handle, role: 'MEMBER' as const }]) {
      const [node] = await getCommentTree(thread.id, viewer)
      expect(node!.bodyHtml).toBeNull()
      expect(node!.placeholder).toBe('[removed by a moderator: Medical misinformation]')
    }
  })
})

describe('dismissing', () => {
  it('marks the reports dismissed, tells reporters no action was needed and says nothing to the author', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const reporter = await member()
    const post = await createStory({ authorId: author.id })
    await report(reporter.id, { postId: post.id })
    signInAs(moderator)
    expect(await act({ action: 'DISMISS', targetType: 'POST', targetId: String(post.id) })).toMatchObject({ status: 'success' })
    expect(await db.report.findFirstOrThrow({ where: { postId: post.id } })).toMatchObject({ status: 'DISMISSED', openKey: null, resolvedById: moderator.id })
    expect(await db.notification.findFirstOrThrow({ where: { userId: reporter.id } })).toMatchObject({ kind: 'REPORT_HANDLED', message: expect.stringContaining('no action') })
    expect(await db.notification.count({ where: { userId: author.id } })).toBe(0)
    // The reporter may report it again later: the open key is free.
    await report(reporter.id, { postId: post.id })
  })
})

describe('hiding and restoring', () => {
  it('keeps the thread’s reply count right and shows the author a marked reply', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const stranger = await member()
    const thread = await createStory({ authorId: author.id })
    const reply = await createComment({ postId: thread.id, authorId: author.id })
    await createComment({ postId: thread.id, authorId: stranger.id })
    const count = async () => (await db.post.findUniqueOrThrow({ where: { id: thread.id } })).commentCount
    expect(await count()).toBe(2)

    signInAs(moderator)
    await act({ action: 'HIDE', targetType: 'COMMENT', targetId: String(reply.id), reason: 'Checking a claim' })
    expect(await count()).toBe(1)
    const asAuthor = (await getCommentTree(thread.id, { id: author.id, handle: author.handle, role: 'MEMBER' })).find((n) => n.id === reply.id)!
    expect(asAuthor.bodyHtml).not.toBeNull()
    expect(asAuthor.hiddenNote).toBe('Hidden by moderators: Checking a claim')
    const asStranger = (await getCommentTree(thread.id, { id: stranger.id, handle: stranger.handle, role: 'MEMBER' })).find((n) => n.id === reply.id)!
    expect(asStranger.bodyHtml).toBeNull()
    expect(asStranger.hiddenNote).toBeNull()

    // Hiding twice is refused and changes nothing.
    expect(await act({ action: 'HIDE', targetType: 'COMMENT', targetId: String(reply.id) })).toMatchObject({ status: 'error', message: 'This reply is already hidden.' })
    expect(await count()).toBe(1)

    await act({ action: 'RESTORE', targetType: 'COMMENT', targetId: String(reply.id) })
    expect(await count()).toBe(2)
    expect(await db.comment.findUniqueOrThrow({ where: { id: reply.id }, select: { removalReason: true } })).toEqual({ removalReason: null })

    // Removing a hidden reply does not count it down twice.
    await act({ action: 'HIDE', targetType: 'COMMENT', targetId: String(reply.id) })
    await act({ action: 'REMOVE', targetType: 'COMMENT', targetId: String(reply.id), reason: 'Off topic', confirm: 'on' })
    expect(await count()).toBe(1)
  })

  it('a hidden story is marked for its author and gone for others; its tags stop counting', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const acne = await createTag({ kind: 'CONDITION' })
    const post = await createStory({ authorId: author.id, conditions: [acne] })
    await db.tag.update({ where: { id: acne.id }, data: { postCount: 1 } })
    signInAs(moderator)
    await act({ action: 'HIDE', targetType: 'POST', targetId: String(post.id), reason: 'Needs a source' })
    expect((await db.tag.findUniqueOrThrow({ where: { id: acne.id } })).postCount).toBe(0)
    expect((await getThreadPost(post.id, { id: author.id, handle: author.handle, role: 'MEMBER' }))?.hiddenNote).toBe('Hidden by moderators: Needs a source')
    expect(await getThreadPost(post.id, null)).toBeNull()
    await act({ action: 'RESTORE', targetType: 'POST', targetId: String(post.id) })
    expect((await db.tag.findUniqueOrThrow({ where: { id: acne.id } })).postCount).toBe(1)
  })
})

describe('approving held content', () => {
  it('makes a pending reply visible and counts it for its author and thread', async () => {
    const moderator = await member('MODERATOR')
    const author = await createUser()
    const thread = await createStory({ authorId: moderator.id })
    const reply = await createComment({ postId: thread.id, authorId: author.id, status: 'PENDING' })
    signInAs(moderator)
    expect(await act({ action: 'APPROVE', targetType: 'COMMENT', targetId: String(reply.id) })).toMatchObject({ status: 'success' })
    expect((await db.user.findUniqueOrThrow({ where: { id: author.id } })).approvedPostCount).toBe(1)
    expect((await db.post.findUniqueOrThrow({ where: { id: thread.id } })).commentCount).toBe(1)
    expect(await db.notification.findFirstOrThrow({ where: { userId: author.id } })).toMatchObject({ kind: 'MOD_ACTION', message: 'Your reply was approved and is now public.' })
    // The thread's author hears about the reply now, in the app and (with SMTP) by email.
    expect(await db.notification.findFirst({ where: { userId: moderator.id, commentId: reply.id } })).toMatchObject({ kind: 'REPLY' })
    expect(emailed).toContain(reply.id)
  })
})

describe('editing tags', () => {
  it('adds a condition, takes off an intervention, recomputes "only change" and the tag counts', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const [acne, eczema] = [await createTag({ kind: 'CONDITION' }), await createTag({ kind: 'CONDITION' })]
    const [zinc, sugar] = [await createTag({ kind: 'INTERVENTION' }), await createTag({ kind: 'INTERVENTION' })]
    const post = await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }, { tag: sugar, outcome: 'NO_CHANGE' }] })
    await db.tag.updateMany({ where: { id: { in: [acne.id, zinc.id, sugar.id] } }, data: { postCount: 1 } })
    signInAs(moderator)
    const result = await act({ action: 'EDIT_TAGS', targetType: 'POST', targetId: String(post.id), tagIds: [String(acne.id), String(eczema.id), String(zinc.id)] })
    expect(result).toMatchObject({ status: 'success' })
    const tags = await db.postTag.findMany({ where: { postId: post.id }, orderBy: { tagId: 'asc' }, select: { tagId: true, tagKind: true, onlyChange: true } })
    expect(tags).toEqual([
      { tagId: acne.id, tagKind: 'CONDITION', onlyChange: false },
      { tagId: eczema.id, tagKind: 'CONDITION', onlyChange: false },
      { tagId: zinc.id, tagKind: 'INTERVENTION', onlyChange: true },
    ])
    const counts = Object.fromEntries((await db.tag.findMany({ where: { id: { in: [acne.id, eczema.id, zinc.id, sugar.id] } } })).map((t) => [t.id, t.postCount]))
    expect(counts).toEqual({ [acne.id]: 1, [eczema.id]: 1, [zinc.id]: 1, [sugar.id]: 0 })
    expect((await db.moderationAction.findFirstOrThrow({ where: { postId: post.id } })).details).toEqual({ added: [eczema.slug], removed: [sugar.slug] })
  })

  it('refuses to add an intervention (it would need the author’s outcome)', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const zinc = await createTag({ kind: 'INTERVENTION' })
    const post = await createStory({ authorId: author.id })
    signInAs(moderator)
    const result = await act({ action: 'EDIT_TAGS', targetType: 'POST', targetId: String(post.id), tagIds: [String(zinc.id)] })
    expect(result).toMatchObject({ status: 'error', fieldErrors: { tagIds: [expect.stringContaining('Only conditions')] } })
    expect(await db.postTag.count({ where: { postId: post.id } })).toBe(0)
    expect(await db.moderationAction.count({ where: { postId: post.id } })).toBe(0)
  })
})

describe('suspensions and bans', () => {
  it('a suspended member cannot reply until the suspension ends', async () => {
    const moderator = await member('MODERATOR')
    const target = await member()
    const thread = await createStory({ authorId: moderator.id })
    signInAs(moderator)
    expect(await act({ action: 'SUSPEND', targetType: 'USER', targetId: target.id, reason: 'Cooling off', days: '7', confirm: 'on' })).toMatchObject({ status: 'success' })
    const account = await db.user.findUniqueOrThrow({ where: { id: target.id } })
    expect(account.status).toBe('SUSPENDED')
    expect(account.statusReason).toBe('Cooling off')
    expect(account.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 6.9 * DAY)
    expect(account.suspendedUntil!.getTime()).toBeLessThan(Date.now() + 7.1 * DAY)
    expect(await db.notification.findFirstOrThrow({ where: { userId: target.id } })).toMatchObject({ kind: 'MOD_ACTION', message: expect.stringContaining('Cooling off') })

    signInAs(target)
    const refused = await postReply(idle, form({ postId: thread.id, body: 'Trying to reply while suspended.' }))
    expect(refused.message).toMatch(/suspended/)
    expect(await db.comment.count({ where: { postId: thread.id } })).toBe(0)

    await db.user.update({ where: { id: target.id }, data: { suspendedUntil: new Date(Date.now() - 1000) } })
    await postReply(idle, form({ postId: thread.id, body: 'Back after the suspension ended.' })).catch(() => undefined)
    expect(await db.comment.count({ where: { postId: thread.id } })).toBe(1)
  })

  it('a ban ends the member’s sessions and unban makes the account active', async () => {
    const admin = await member('ADMIN')
    const target = await member()
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { sessionVersion: true } })
    signInAs(admin)
    expect(await act({ action: 'BAN', targetType: 'USER', targetId: target.id, reason: 'Spam account', confirm: 'on' })).toMatchObject({ status: 'success' })
    const banned = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, sessionVersion: true } })
    expect(banned).toEqual({ status: 'BANNED', sessionVersion: before.sessionVersion + 1 })
    // The JWT they hold carries the old version: next-auth's jwt callback empties it.
    const jwt = sessionOptions.callbacks!.jwt! as unknown as (args: { token: Record<string, unknown> }) => Promise<Record<string, unknown>>
    expect(await jwt({ token: { sub: target.id, handle: target.handle, role: 'MEMBER', sv: before.sessionVersion } })).toEqual({})

    expect(await act({ action: 'UNBAN', targetType: 'USER', targetId: target.id })).toMatchObject({ status: 'success' })
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { status: true, suspendedUntil: true, statusReason: true } })).toEqual({
      status: 'ACTIVE',
      suspendedUntil: null,
      statusReason: null,
    })
  })

  it('a warning reaches the member as a WARNING with the reason, and settles reports against them', async () => {
    const moderator = await member('MODERATOR')
    const target = await member()
    const reporter = await member()
    await report(reporter.id, { targetUserId: target.id }, 'HARASSMENT')
    signInAs(moderator)
    expect(await act({ action: 'WARN', targetType: 'USER', targetId: target.id, reason: 'Be kind to other members', privateNote: 'watch them' })).toMatchObject({ status: 'success' })
    expect(await db.notification.findFirstOrThrow({ where: { userId: target.id } })).toMatchObject({ kind: 'WARNING', message: 'Be kind to other members' })
    expect(await db.report.findFirstOrThrow({ where: { targetUserId: target.id } })).toMatchObject({ status: 'ACTIONED' })
    expect(await db.notification.findFirstOrThrow({ where: { userId: reporter.id } })).toMatchObject({ kind: 'REPORT_HANDLED' })
  })
})

describe('the logs', () => {
  it('the public log has the action, the reason and the moderator, but no private note and nothing hidden', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    const reporter = await createUser({ handle: 'secret_reporter' })
    const hiddenStory = await createStory({ authorId: author.id, title: 'A title only the author should see now' })
    const removedStory = await createStory({ authorId: author.id, title: 'Removed story title' })
    await report(reporter.id, { postId: hiddenStory.id })
    signInAs(moderator)
    await act({ action: 'HIDE', targetType: 'POST', targetId: String(hiddenStory.id), reason: 'Under review', privateNote: 'PRIVATE-NOTE-1' })
    await act({ action: 'REMOVE', targetType: 'POST', targetId: String(removedStory.id), reason: 'Spam', privateNote: 'PRIVATE-NOTE-2', confirm: 'on' })

    const publicLog = await listModerationLog('public')
    const json = JSON.stringify(publicLog)
    expect(json).not.toContain('PRIVATE-NOTE')
    expect(json).not.toContain('secret_reporter')
    expect(json).not.toContain('A title only the author should see now')
    expect(publicLog.entries.every((e) => e.privateNote === null)).toBe(true)
    const [removed, hidden] = publicLog.entries.filter((e) => e.moderatorHandle === moderator.handle)
    expect(removed).toMatchObject({ action: 'REMOVE', reason: 'Spam', moderatorHandle: moderator.handle, target: { label: '[removed story]' }, privateNote: null })
    expect(hidden).toMatchObject({ action: 'HIDE', reason: 'Under review', target: { label: '[a story under review]', href: null } })

    const fullLog = await listModerationLog('moderators')
    const mine = fullLog.entries.filter((e) => e.moderatorHandle === moderator.handle)
    expect(mine.map((e) => e.privateNote)).toEqual(['PRIVATE-NOTE-2', 'PRIVATE-NOTE-1'])
    expect(mine[1]!.target.label).toContain('A title only the author should see now')
  })

  it('pages by keyset: the next page starts below the last id', async () => {
    const moderator = await member('MODERATOR')
    const author = await member()
    await db.moderationAction.createMany({ data: Array.from({ length: 55 }, () => ({ actorId: moderator.id, action: 'WARN' as const, targetType: 'USER' as const, targetUserId: author.id, reason: 'x' })) })
    const first = await listModerationLog('public')
    expect(first.entries).toHaveLength(50)
    const second = await listModerationLog('public', first.nextBefore!)
    expect(second.entries.length).toBeGreaterThanOrEqual(5)
    expect(Math.max(...second.entries.map((e) => e.id))).toBeLessThan(Math.min(...first.entries.map((e) => e.id)))
  })
})

describe('the queue', () => {
  it('groups open reports by target, most severe first, then by reporters, then oldest', async () => {
    const author = await member()
    const [r1, r2, r3] = [await createUser(), await createUser(), await createUser()]
    const spammy = await createStory({ authorId: author.id })
    const risky = await createStory({ authorId: author.id })
    const thread = await createStory({ authorId: author.id })
    const rude = await createComment({ postId: thread.id, authorId: author.id, body: '**rude** <script>alert(1)</script>' })
    await report(r1.id, { postId: spammy.id }, 'SPAM')
    await report(r2.id, { postId: spammy.id }, 'SPAM')
    await report(r3.id, { postId: spammy.id }, 'SPAM')
    await report(r1.id, { commentId: rude.id }, 'HARASSMENT', 'mocking my skin')
    await report(r2.id, { postId: risky.id }, 'SELF_HARM')
    await db.moderationAction.create({ data: { action: 'WARN', targetType: 'USER', targetUserId: author.id, reason: 'earlier' } })
    const pending = await createStory({ authorId: author.id, status: 'PENDING' })

    // Earlier tests in this file left reports of their own: look at this test's targets only.
    const keys = new Set([`POST:${risky.id}`, `COMMENT:${rude.id}`, `POST:${spammy.id}`])
    const queue = await getModerationQueue()
    const groups = queue.groups.filter((g) => keys.has(g.key))
    expect(groups.map((g) => g.key)).toEqual([`POST:${risky.id}`, `COMMENT:${rude.id}`, `POST:${spammy.id}`])
    expect(queue.openGroups).toBe(queue.groups.length)
    const spam = groups[2]!
    expect(spam).toMatchObject({ reportCount: 3, reporterCount: 3, reasons: ['SPAM'] })
    const rudeGroup = groups[1]!
    expect(rudeGroup.reports[0]).toMatchObject({ reason: 'HARASSMENT', note: 'mocking my skin', reporterHandle: r1.handle })
    expect(rudeGroup.content?.excerptHtml).toContain('<strong>rude</strong>')
    expect(rudeGroup.content?.excerptHtml).not.toContain('<script')
    expect(rudeGroup.author).toMatchObject({ handle: author.handle, priorActions: 1, approvedPostCount: 10 })
    expect(queue.held.map((h) => h.key)).toContain(`POST:${pending.id}`)
  })

  it('takes the same number of queries for 2 items as for 7 (no query per item)', async () => {
    const author = await member()
    const reporter = await createUser()
    async function addItems(n: number) {
      for (let i = 0; i < n; i++) {
        const post = await createStory({ authorId: (await member()).id })
        const reply = await createComment({ postId: post.id, authorId: author.id })
        await report(reporter.id, { commentId: reply.id }, 'SPAM')
        await createStory({ authorId: (await createUser()).id, status: 'PENDING' })
      }
    }
    const spies = [
      vi.spyOn(db, '$queryRaw'),
      vi.spyOn(db.post, 'findMany'),
      vi.spyOn(db.comment, 'findMany'),
      vi.spyOn(db.user, 'findMany'),
      vi.spyOn(db.report, 'findMany'),
      vi.spyOn(db.moderationAction, 'groupBy'),
      vi.spyOn(db.moderationAction, 'findMany'),
    ]
    const queriesFor = async () => {
      for (const spy of spies) spy.mockClear()
      await getModerationQueue()
      return spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0)
    }
    await addItems(2)
    const few = await queriesFor()
    await addItems(5)
    const many = await queriesFor()
    for (const spy of spies) spy.mockRestore()
    expect(few).toBe(many)
    // 4 raw queries, 5 model reads, 1 group-by: about ten whatever the queue holds.
    expect(many).toBeGreaterThanOrEqual(8)
    expect(many).toBeLessThanOrEqual(10)
  })
})
