import { describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { reportContent } from '@/lib/reports/actions'
import { REPORTS_PER_HOUR } from '@/lib/reports/policies'
import { listMyReports } from '@/lib/reports/queries'
import { getAutoHideThreshold, setAutoHideThreshold } from '@/lib/reports/settings'
import { createComment, createStory, createUser, type StoryInput } from '../../factories'
import { form } from '../stories/session'
import { as } from './session'

vi.mock('next-auth', async (importOriginal) => (await import('./session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const idle = { status: 'idle' } as const

function report(user: { id: string } | null, fields: Record<string, string | number | undefined>) {
  return as(user, () => reportContent(idle, form(fields)))
}

async function members(n: number) {
  return Promise.all(Array.from({ length: n }, () => createUser()))
}

async function storyBy(authorId: string, overrides: Partial<StoryInput> = {}) {
  return createStory({ authorId, ...overrides })
}

describe('reportContent', () => {
  it('files a report on a story and tells the reporter it was received', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const state = await report(reporter!, { type: 'post', id: story.id, reason: 'DANGEROUS_MEDICAL', note: '  Says to stop steroids cold turkey  ' })
    expect(state).toMatchObject({ status: 'success', message: 'Thanks — a moderator will review it.', data: { selfHarm: false } })
    const rows = await db.report.findMany({ where: { postId: story.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      reporterId: reporter!.id,
      targetType: 'POST',
      commentId: null,
      targetUserId: null,
      reason: 'DANGEROUS_MEDICAL',
      note: 'Says to stop steroids cold turkey',
      status: 'OPEN',
      openKey: `${reporter!.id}:POST:${story.id}`,
    })
  })

  it('reports a reply and a member (by handle)', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const comment = await createComment({ postId: story.id, authorId: author!.id })
    expect((await report(reporter!, { type: 'comment', id: comment.id, reason: 'HARASSMENT' })).status).toBe('success')
    expect((await report(reporter!, { type: 'user', id: author!.handle.toUpperCase(), reason: 'SPAM' })).status).toBe('success')
    const rows = await db.report.findMany({ where: { reporterId: reporter!.id }, orderBy: { id: 'asc' }, select: { targetType: true, postId: true, commentId: true, targetUserId: true } })
    expect(rows).toEqual([
      { targetType: 'COMMENT', postId: null, commentId: comment.id, targetUserId: null },
      { targetType: 'USER', postId: null, commentId: null, targetUserId: author!.id },
    ])
  })

  it('a self-harm report answers with the help to show', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const state = await report(reporter!, { type: 'post', id: story.id, reason: 'SELF_HARM' })
    expect(state).toMatchObject({ status: 'success', data: { selfHarm: true, reason: 'SELF_HARM' } })
  })

  it('refuses a second open report on the same target with a friendly message, keeping the note', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    await report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })
    const again = await report(reporter!, { type: 'post', id: story.id, reason: 'OFF_TOPIC', note: 'still there' })
    expect(again.status).toBe('error')
    expect(again.message).toMatch(/already reported this story/)
    expect(again.values).toMatchObject({ reason: 'OFF_TOPIC', note: 'still there' })
    expect(await db.report.count({ where: { postId: story.id } })).toBe(1)
  })

  it('allows a new report once the earlier one was handled', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    await report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })
    await db.report.updateMany({ where: { postId: story.id }, data: { status: 'DISMISSED', openKey: null, resolvedAt: new Date() } })
    expect((await report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })).status).toBe('success')
    expect(await db.report.count({ where: { postId: story.id } })).toBe(2)
  })

  it('refuses reports on your own story, your own reply and yourself', async () => {
    const [author] = await members(1)
    const story = await storyBy(author!.id)
    const comment = await createComment({ postId: story.id, authorId: author!.id })
    expect((await report(author!, { type: 'post', id: story.id, reason: 'SPAM' })).message).toMatch(/your own/)
    expect((await report(author!, { type: 'comment', id: comment.id, reason: 'SPAM' })).message).toMatch(/your own/)
    expect((await report(author!, { type: 'user', id: author!.handle, reason: 'SPAM' })).message).toBe('You cannot report yourself.')
    expect(await db.report.count({ where: { reporterId: author!.id } })).toBe(0)
  })

  it('answers "not found" for what the reporter cannot read, exactly as for what does not exist (IDOR)', async () => {
    const [author, reporter] = await members(2)
    const hidden = await storyBy(author!.id, { status: 'HIDDEN' })
    const pending = await storyBy(author!.id, { status: 'PENDING' })
    const removed = await storyBy(author!.id, { status: 'REMOVED' })
    const hiddenThread = await storyBy(author!.id, { status: 'HIDDEN' })
    const replyInHiddenThread = await createComment({ postId: hiddenThread.id, authorId: author!.id })
    const visible = await storyBy(author!.id)
    const hiddenReply = await createComment({ postId: visible.id, authorId: author!.id, status: 'HIDDEN' })
    const missing = await report(reporter!, { type: 'post', id: 2_000_000_000, reason: 'SPAM' })
    expect(missing).toMatchObject({ status: 'error', message: 'We could not find that story. It may have been deleted.' })
    for (const id of [hidden.id, pending.id, removed.id]) {
      expect((await report(reporter!, { type: 'post', id, reason: 'SPAM' })).message).toBe(missing.message)
    }
    const missingReply = await report(reporter!, { type: 'comment', id: 2_000_000_000, reason: 'SPAM' })
    for (const id of [replyInHiddenThread.id, hiddenReply.id]) {
      expect((await report(reporter!, { type: 'comment', id, reason: 'SPAM' })).message).toBe(missingReply.message)
    }
    expect((await report(reporter!, { type: 'user', id: 'nobody_here', reason: 'SPAM' })).message).toMatch(/could not find that member/)
    expect(await db.report.count({ where: { reporterId: reporter!.id } })).toBe(0)
  })

  it('lets a member report a members-only story, and a moderator report a hidden one', async () => {
    const [author, reporter] = await members(2)
    const moderator = await createUser({ role: 'MODERATOR' })
    const membersOnly = await storyBy(author!.id, { visibility: 'MEMBERS' })
    const hidden = await storyBy(author!.id, { status: 'HIDDEN' })
    expect((await report(reporter!, { type: 'post', id: membersOnly.id, reason: 'SPAM' })).status).toBe('success')
    expect((await report(moderator, { type: 'post', id: hidden.id, reason: 'SPAM' })).status).toBe('success')
  })

  it('refuses a suspended or banned member, and an anonymous visitor', async () => {
    const [author, suspended, banned] = await members(3)
    const story = await storyBy(author!.id)
    await db.user.update({ where: { id: suspended!.id }, data: { status: 'SUSPENDED', suspendedUntil: new Date(Date.now() + 86_400_000) } })
    await db.user.update({ where: { id: banned!.id }, data: { status: 'BANNED' } })
    const fields = { type: 'post', id: story.id, reason: 'SPAM', note: 'keep me' }
    const asSuspended = await report(suspended!, fields)
    expect(asSuspended).toMatchObject({ status: 'error', values: { note: 'keep me' } })
    expect(asSuspended.message).toMatch(/suspended/)
    expect((await report(banned!, fields)).message).toMatch(/banned/)
    expect((await report(null, fields)).message).toBe('Please sign in to report something.')
    expect(await db.report.count({ where: { postId: story.id } })).toBe(0)
  })

  it('returns field errors and keeps what was typed when the reason is missing or the note too long', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const noReason = await report(reporter!, { type: 'post', id: story.id, note: 'typed text' })
    expect(noReason).toMatchObject({ status: 'error', fieldErrors: { reason: ['Choose a reason'] }, values: { note: 'typed text' } })
    const long = await report(reporter!, { type: 'post', id: story.id, reason: 'OTHER', note: 'x'.repeat(1001) })
    expect(long.fieldErrors?.note).toBeDefined()
    expect(await db.report.count({ where: { postId: story.id } })).toBe(0)
  })

  it(`limits reports to ${REPORTS_PER_HOUR} an hour per member`, async () => {
    const [author, reporter, other] = await members(3)
    const stories = []
    for (let i = 0; i <= REPORTS_PER_HOUR; i++) stories.push(await storyBy(author!.id))
    for (const story of stories.slice(0, REPORTS_PER_HOUR)) {
      expect((await report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })).status).toBe('success')
    }
    const refused = await report(reporter!, { type: 'post', id: stories.at(-1)!.id, reason: 'SPAM', note: 'one more' })
    expect(refused.status).toBe('error')
    expect(refused.message).toMatch(new RegExp(`${REPORTS_PER_HOUR} reports in the last hour`))
    expect(refused.values?.note).toBe('one more')
    expect(await db.report.count({ where: { reporterId: reporter!.id } })).toBe(REPORTS_PER_HOUR)
    // Someone else is not affected.
    expect((await report(other!, { type: 'post', id: stories.at(-1)!.id, reason: 'SPAM' })).status).toBe('success')
  })

  it('stores a note with markup as plain text', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    await report(reporter!, { type: 'post', id: story.id, reason: 'OTHER', note })
    expect((await db.report.findFirstOrThrow({ where: { postId: story.id } })).note).toBe(note)
  })
})

describe('auto-hide', () => {
  async function hideActions(where: { postId?: number; commentId?: number }) {
    return db.moderationAction.findMany({ where: { action: 'HIDE', ...where }, select: { actorId: true, reason: true, targetType: true, postId: true, commentId: true, targetUserId: true } })
  }

  it('hides a story once 3 distinct members reported it, logged as automatic', async () => {
    const [author, a, b, c] = await members(4)
    const story = await storyBy(author!.id)
    await report(a!, { type: 'post', id: story.id, reason: 'SPAM' })
    await report(b!, { type: 'post', id: story.id, reason: 'OFF_TOPIC' })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('VISIBLE')
    expect(await hideActions({ postId: story.id })).toEqual([])
    await report(c!, { type: 'post', id: story.id, reason: 'SPAM' })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('HIDDEN')
    expect(await hideActions({ postId: story.id })).toEqual([
      { actorId: null, reason: 'Hidden automatically after 3 reports, pending review', targetType: 'POST', postId: story.id, commentId: null, targetUserId: author!.id },
    ])
  })

  it('the same reporter twice does not count twice', async () => {
    const [author, a, b] = await members(3)
    const story = await storyBy(author!.id)
    await report(a!, { type: 'post', id: story.id, reason: 'SPAM' })
    await report(a!, { type: 'post', id: story.id, reason: 'SPAM' })
    // Even an old, handled report of the same member does not make a second reporter.
    await db.report.updateMany({ where: { reporterId: a!.id }, data: { status: 'DISMISSED', openKey: null } })
    await report(a!, { type: 'post', id: story.id, reason: 'HARASSMENT' })
    await report(b!, { type: 'post', id: story.id, reason: 'SPAM' })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('VISIBLE')
  })

  it('handled reports do not count towards the threshold', async () => {
    const [author, a, b, c] = await members(4)
    const story = await storyBy(author!.id)
    await report(a!, { type: 'post', id: story.id, reason: 'SPAM' })
    await report(b!, { type: 'post', id: story.id, reason: 'SPAM' })
    await db.report.updateMany({ where: { postId: story.id }, data: { status: 'DISMISSED', openKey: null } })
    await report(c!, { type: 'post', id: story.id, reason: 'SPAM' })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('VISIBLE')
  })

  it('follows the threshold from the settings', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    const [author, a, b, c, d, e] = await members(6)
    try {
      await setAutoHideThreshold(5, admin.id)
      expect(await getAutoHideThreshold()).toBe(5)
      const story = await storyBy(author!.id)
      for (const reporter of [a, b, c, d]) await report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })
      expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('VISIBLE')
      await report(e!, { type: 'post', id: story.id, reason: 'SPAM' })
      expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('HIDDEN')
      expect((await hideActions({ postId: story.id }))[0]?.reason).toBe('Hidden automatically after 5 reports, pending review')

      await setAutoHideThreshold(2, admin.id)
      const next = await storyBy(author!.id)
      await report(a!, { type: 'post', id: next.id, reason: 'SPAM' })
      await report(b!, { type: 'post', id: next.id, reason: 'SPAM' })
      expect((await db.post.findUniqueOrThrow({ where: { id: next.id } })).status).toBe('HIDDEN')
    } finally {
      await setAutoHideThreshold(3, admin.id)
    }
  })

  it('hides a reply and keeps the thread’s reply count right', async () => {
    const [author, a, b, c] = await members(4)
    const story = await storyBy(author!.id)
    const comment = await createComment({ postId: story.id, authorId: author!.id })
    await createComment({ postId: story.id, authorId: author!.id })
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(2)
    for (const reporter of [a, b, c]) await report(reporter!, { type: 'comment', id: comment.id, reason: 'HARASSMENT' })
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe('HIDDEN')
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(1)
    expect(await hideActions({ commentId: comment.id })).toEqual([
      { actorId: null, reason: 'Hidden automatically after 3 reports, pending review', targetType: 'COMMENT', postId: null, commentId: comment.id, targetUserId: author!.id },
    ])
  })

  it('never hides a profile: the queue handles reported members', async () => {
    const [target, a, b, c] = await members(4)
    for (const reporter of [a, b, c]) expect((await report(reporter!, { type: 'user', id: target!.handle, reason: 'HARASSMENT' })).status).toBe('success')
    expect(await db.user.findUniqueOrThrow({ where: { id: target!.id }, select: { status: true } })).toEqual({ status: 'ACTIVE' })
    expect(await db.moderationAction.count({ where: { targetUserId: target!.id } })).toBe(0)
    expect(await db.report.count({ where: { targetUserId: target!.id, status: 'OPEN' } })).toBe(3)
  })

  it('concurrent reports at the threshold hide exactly once, and the reply count stays right', async () => {
    const [author, ...reporters] = await members(7)
    const story = await storyBy(author!.id)
    const comment = await createComment({ postId: story.id, authorId: author!.id })
    await createComment({ postId: story.id, authorId: author!.id })
    // Exactly the threshold at once: none may miss the others' reports.
    const exact = await storyBy(author!.id)
    await Promise.all(reporters.slice(0, 3).map((r) => report(r, { type: 'post', id: exact.id, reason: 'SPAM' })))
    expect((await db.post.findUniqueOrThrow({ where: { id: exact.id } })).status).toBe('HIDDEN')
    expect(await hideActions({ postId: exact.id })).toHaveLength(1)
    // More than the threshold at once: one hide, one decrement.
    const states = await Promise.all(reporters.map((r) => report(r, { type: 'comment', id: comment.id, reason: 'HARASSMENT' })))
    expect(states.map((s) => s.status)).toEqual(reporters.map(() => 'success'))
    expect(await db.report.count({ where: { commentId: comment.id, status: 'OPEN' } })).toBe(reporters.length)
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe('HIDDEN')
    expect(await hideActions({ commentId: comment.id })).toHaveLength(1)
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).commentCount).toBe(1)
  })

  it('the same reporter twice at once files one report', async () => {
    const [author, reporter] = await members(2)
    const story = await storyBy(author!.id)
    const states = await Promise.all([1, 2, 3].map(() => report(reporter!, { type: 'post', id: story.id, reason: 'SPAM' })))
    expect(states.filter((s) => s.status === 'success')).toHaveLength(1)
    expect(states.filter((s) => s.message?.includes('already reported'))).toHaveLength(2)
    expect(await db.report.count({ where: { postId: story.id } })).toBe(1)
  })
})

describe('my reports', () => {
  it('lists only the member’s own reports, with their status, and names no one else', async () => {
    const [author, me, other] = await members(3)
    const story = await storyBy(author!.id, { title: 'Zinc cured everything overnight' })
    await report(me!, { type: 'post', id: story.id, reason: 'DANGEROUS_MEDICAL', note: 'mine' })
    await report(other!, { type: 'post', id: story.id, reason: 'SPAM', note: 'theirs' })
    await report(me!, { type: 'user', id: author!.handle, reason: 'SPAM' })
    const moderator = await createUser({ role: 'MODERATOR' })
    await db.report.updateMany({ where: { reporterId: me!.id, targetType: 'USER' }, data: { status: 'DISMISSED', openKey: null, resolvedAt: new Date(), resolvedById: moderator.id } })
    const mine = await listMyReports({ id: me!.id, handle: me!.handle, role: 'MEMBER' })
    expect(mine.map((r) => [r.target.noun, r.target.label, r.reason, r.status, r.note])).toEqual([
      ['member', author!.handle, 'SPAM', 'DISMISSED', null],
      ['story', 'Zinc cured everything overnight', 'DANGEROUS_MEDICAL', 'OPEN', 'mine'],
    ])
    expect(JSON.stringify(mine)).not.toContain(other!.id)
    expect(JSON.stringify(mine)).not.toContain(other!.handle)
    expect(JSON.stringify(mine)).not.toContain(moderator.id)
    expect(JSON.stringify(mine)).not.toContain('theirs')
  })

  it('stops naming a story once it is hidden from the reporter', async () => {
    const [author, me] = await members(2)
    const story = await storyBy(author!.id, { title: 'Private details here' })
    await report(me!, { type: 'post', id: story.id, reason: 'PRIVATE_INFO' })
    await db.post.update({ where: { id: story.id }, data: { status: 'HIDDEN' } })
    const [row] = await listMyReports({ id: me!.id, handle: me!.handle, role: 'MEMBER' })
    expect(row?.target).toEqual({ noun: 'story', label: 'a story no longer shown', href: null })
  })
})
