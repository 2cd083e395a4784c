// The moderation pages as the server renders them: who may open the queue, what the public log
// leaves out, and member-written text (reasons, report notes) escaped wherever it appears.
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ModeratorLogPage from '@/app/(forum)/mod/log/page'
import ModerationQueuePage from '@/app/(forum)/mod/page'
import PublicModerationLogPage from '@/app/(forum)/moderation/page'
import { db } from '@/lib/db'
import { moderate } from '@/lib/moderation/actions'
import { createComment, createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'
const noParams = { searchParams: Promise.resolve({}) }

async function html(page: Promise<ReactElement> | ReactElement): Promise<string> {
  return renderToStaticMarkup(await page)
}

beforeEach(() => signInAs(null))

describe('/mod and /mod/log', () => {
  it.each([
    ['anonymous', null],
    ['a member', 'MEMBER'],
  ] as const)('are not found for %s', async (_who, role) => {
    signInAs(role ? await createUser({ role }) : null)
    await expect(ModerationQueuePage()).rejects.toThrow('notFound')
    await expect(ModeratorLogPage(noParams)).rejects.toThrow('notFound')
  })

  it('shows moderators the reports with reporters, notes escaped, and forms for each item', async () => {
    const moderator = await createUser({ role: 'MODERATOR' })
    const author = await createUser()
    const reporter = await createUser({ handle: 'visible_to_mods' })
    const thread = await createStory({ authorId: author.id })
    const reply = await createComment({ postId: thread.id, authorId: author.id, body: `hello ${XSS}` })
    await db.report.create({ data: { reporterId: reporter.id, targetType: 'COMMENT', commentId: reply.id, reason: 'HARASSMENT', note: XSS, openKey: 'k1' } })
    signInAs(moderator)
    const page = await html(ModerationQueuePage())
    expect(page).toContain('visible_to_mods')
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('<img src="x" onerror')
    expect(page).toContain('&lt;script&gt;')
    expect(page).toContain('name="action"')
    expect(page).toContain('value="REMOVE"')
  })
})

describe('/moderation', () => {
  it('lists actions with escaped reasons, without private notes or reporters', async () => {
    const moderator = await createUser({ role: 'MODERATOR', handle: 'named_moderator' })
    const author = await createUser()
    const reporter = await createUser({ handle: 'hidden_reporter' })
    const thread = await createStory({ authorId: author.id, title: 'Public thread' })
    const reply = await createComment({ postId: thread.id, authorId: author.id })
    await db.report.create({ data: { reporterId: reporter.id, targetType: 'COMMENT', commentId: reply.id, reason: 'SPAM', openKey: 'k2' } })
    signInAs(moderator)
    const result = await moderate({ status: 'idle' }, form({ action: 'REMOVE', targetType: 'COMMENT', targetId: reply.id, reason: XSS, privateNote: 'NOTE-FOR-MODS', confirm: 'on' }))
    expect(result.status).toBe('success')

    signInAs(null)
    const page = await html(PublicModerationLogPage(noParams))
    expect(page).toContain('named_moderator')
    expect(page).toContain('removed')
    expect(page).toContain('[removed reply] in “Public thread”')
    expect(page).toContain('&lt;script&gt;')
    expect(page).not.toContain('<script>alert')
    expect(page).not.toContain('NOTE-FOR-MODS')
    expect(page).not.toContain('hidden_reporter')

    signInAs(moderator)
    const modPage = await html(ModeratorLogPage(noParams))
    expect(modPage).toContain('NOTE-FOR-MODS')
    expect(modPage).not.toContain('<script>alert')
  })
})
