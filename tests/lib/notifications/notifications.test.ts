import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { setBookmark } from '@/lib/bookmarks/actions'
import { listBookmarks } from '@/lib/bookmarks/queries'
import { createComment } from '@/lib/comments/actions'
import { db } from '@/lib/db'
import { markNotificationsRead, setThreadFollow } from '@/lib/notifications/actions'
import { extractMentions } from '@/lib/notifications/mentions'
import { countUnreadNotifications, listNotifications } from '@/lib/notifications/queries'
import { createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

describe('extractMentions', () => {
  it.each([
    ['thanks @lena_k!', ['lena_k']],
    ['@Tomas and @tomas again', ['tomas']],
    ['mail me at a@example.com', []],
    ['see `@code_span` and ```\n@block\n```', []],
    ['@mod-maya- said', ['mod-maya']],
    ['x@y and (@priya_s)', ['priya_s']],
  ])('%s → %j', (text, handles) => {
    expect(extractMentions(text)).toEqual(handles)
  })
})

describe('follows and notifications', () => {
  beforeEach(() => signInAs(null))

  it('follows a thread, hears about its replies, counts them and marks them read', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const reader = await createUser()
    signInAs(reader)
    expect(await setThreadFollow(idle, form({ postId: story.id, active: 'true' }))).toEqual({ status: 'success', data: { active: true } })
    signInAs(await createUser())
    await createComment(idle, form({ postId: story.id, body: 'New thoughts' }))
    await createComment(idle, form({ postId: story.id, body: 'More thoughts' }))
    expect(await countUnreadNotifications(reader.id)).toBe(2)
    const [latest] = await listNotifications(reader.id)
    expect(latest).toMatchObject({ kind: 'THREAD_REPLY', read: false, snippet: 'More thoughts', postTitle: story.title })
    expect(latest?.href).toMatch(new RegExp(`^/t/${story.id}\\?comment=\\d+#comment-\\d+$`))

    // Only one's own notifications can be marked.
    const stranger = await createUser()
    signInAs(stranger)
    expect(await markNotificationsRead(idle, form({ id: latest!.id }))).toEqual({ status: 'success', data: { marked: 0 } })
    signInAs(reader)
    expect(await markNotificationsRead(idle, form({ id: latest!.id }))).toEqual({ status: 'success', data: { marked: 1 } })
    expect(await countUnreadNotifications(reader.id)).toBe(1)
    expect(await markNotificationsRead(idle, form({}))).toEqual({ status: 'success', data: { marked: 1 } })
    expect(await countUnreadNotifications(reader.id)).toBe(0)

    expect(await setThreadFollow(idle, form({ postId: story.id, active: 'false' }))).toEqual({ status: 'success', data: { active: false } })
    signInAs(await createUser())
    await createComment(idle, form({ postId: story.id, body: 'Unheard' }))
    expect(await countUnreadNotifications(reader.id)).toBe(0)
  })

  it('requires a signed-in member and a thread they can see', async () => {
    const author = await createUser()
    const hidden = await createStory({ authorId: author.id, status: 'HIDDEN' })
    expect((await setThreadFollow(idle, form({ postId: hidden.id, active: 'true' }))).message).toMatch(/sign in/i)
    expect((await markNotificationsRead(idle, form({}))).message).toMatch(/sign in/i)
    signInAs(await createUser())
    expect((await setThreadFollow(idle, form({ postId: hidden.id, active: 'true' }))).message).toMatch(/does not exist/)
    expect((await setThreadFollow(idle, form({ postId: 'x', active: 'true' }))).message).toBe('Which thread?')
  })
})

describe('bookmarks', () => {
  beforeEach(() => signInAs(null))

  it('saves and unsaves a story, idempotently, listing the newest saved first', async () => {
    const author = await createUser({ email: 'bookmark-author@example.test' })
    const first = await createStory({ authorId: author.id })
    const second = await createStory({ authorId: author.id })
    const reader = await createUser()
    signInAs(reader)
    await setBookmark(idle, form({ postId: first.id, active: 'true' }))
    await setBookmark(idle, form({ postId: first.id, active: 'true' }))
    await new Promise((r) => setTimeout(r, 5))
    await setBookmark(idle, form({ postId: second.id, active: 'true' }))
    const saved = await listBookmarks({ id: reader.id, handle: reader.handle, role: 'MEMBER' })
    expect(saved.map((b) => b.postId)).toEqual([second.id, first.id])
    expect(JSON.stringify(saved)).not.toContain('bookmark-author@example.test')
    expect(await setBookmark(idle, form({ postId: first.id, active: 'false' }))).toEqual({ status: 'success', data: { active: false } })
    expect((await listBookmarks({ id: reader.id, handle: reader.handle, role: 'MEMBER' })).map((b) => b.postId)).toEqual([second.id])
    // A moderator removes it: the member's list keeps the entry but not its title.
    await db.post.update({ where: { id: second.id }, data: { status: 'REMOVED' } })
    const [removed] = await listBookmarks({ id: reader.id, handle: reader.handle, role: 'MEMBER' })
    expect(removed!.title).toBe('[removed]')
  })

  it('refuses anonymous visitors and invalid input; a suspended member may still bookmark', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    expect((await setBookmark(idle, form({ postId: story.id, active: 'true' }))).message).toMatch(/sign in/i)
    const suspended = await createUser()
    await db.user.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED' } })
    signInAs(suspended)
    expect((await setBookmark(idle, form({ postId: story.id, active: 'maybe' }))).message).toBe('Which story?')
    expect(await setBookmark(idle, form({ postId: story.id, active: 'true' }))).toEqual({ status: 'success', data: { active: true } })
  })
})
