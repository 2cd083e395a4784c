import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { db } from '@/lib/db'
import { setReaction } from '@/lib/reactions/actions'
import { setCommentReaction, setPostReaction } from '@/lib/reactions/apply'
import { canReact } from '@/lib/reactions/policies'
import { createComment, createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const asViewer = (user: { id: string; handle: string; role: 'MEMBER' | 'MODERATOR' | 'ADMIN' }) => ({ id: user.id, handle: user.handle, role: user.role })

describe('canReact', () => {
  const me = { id: 'me', handle: 'me', role: 'MEMBER' as const }
  it.each([
    ['someone else’s visible post', { authorId: 'other', status: 'VISIBLE', deletedAt: null }, me, true],
    ['my own post', { authorId: 'me', status: 'VISIBLE', deletedAt: null }, me, false],
    ['a deleted post', { authorId: 'other', status: 'VISIBLE', deletedAt: new Date() }, me, false],
    ['a removed post', { authorId: 'other', status: 'REMOVED', deletedAt: null }, me, false],
    ['a post, signed out', { authorId: 'other', status: 'VISIBLE', deletedAt: null }, null, false],
  ] as const)('%s → %s', (_name, target, viewer, expected) => {
    expect(canReact(viewer, target)).toBe(expected)
  })
})

describe('reactions', () => {
  beforeEach(() => signInAs(null))

  it('sets and clears "helpful" and "me too" on a story, one of each per member', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const reader = await createUser()
    signInAs(reader)
    const react = (kind: string, active: boolean) => setReaction(idle, form({ target: 'post', id: story.id, kind, active: String(active) }))
    expect(await react('HELPFUL', true)).toEqual({ status: 'success', data: { active: true, count: 1 } })
    expect(await react('HELPFUL', true)).toEqual({ status: 'success', data: { active: true, count: 1 } })
    expect(await react('ME_TOO', true)).toEqual({ status: 'success', data: { active: true, count: 1 } })
    expect(await react('HELPFUL', false)).toEqual({ status: 'success', data: { active: false, count: 0 } })
    const post = await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { helpfulCount: true, meTooCount: true } })
    expect(post).toEqual({ helpfulCount: 0, meTooCount: 1 })
  })

  it('refuses invalid input, anonymous visitors, suspended members and one’s own words', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'LOVE', active: 'true' }))).message).toMatch(/not valid|sign in/i)
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'HELPFUL', active: 'true' }))).message).toMatch(/sign in/i)
    signInAs(author)
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'HELPFUL', active: 'true' }))).message).toMatch(/cannot react/)
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'LOVE', active: 'true' }))).message).toBe('That reaction is not valid.')
    const suspended = await createUser()
    await db.user.update({ where: { id: suspended.id }, data: { status: 'SUSPENDED', suspendedUntil: null } })
    signInAs(suspended)
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'HELPFUL', active: 'true' }))).message).toMatch(/suspended/)
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id } })).helpfulCount).toBe(0)
  })

  it('still takes reactions in a locked thread (locking stops replies, not reading)', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    await db.post.update({ where: { id: story.id }, data: { locked: true } })
    signInAs(await createUser())
    expect((await setReaction(idle, form({ target: 'post', id: story.id, kind: 'HELPFUL', active: 'true' }))).data?.count).toBe(1)
  })

  it('loses no update when many members react to a comment at once', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const comment = await createComment({ postId: story.id, authorId: author.id })
    const readers = await Promise.all(Array.from({ length: 25 }, () => createUser()))
    await Promise.all(readers.map((r) => setCommentReaction(asViewer(r), comment.id, 'HELPFUL', true)))
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { helpfulCount: true } })
    expect(row.helpfulCount).toBe(25)
    expect(await db.commentReaction.count({ where: { commentId: comment.id, kind: 'HELPFUL' } })).toBe(25)
  })

  it('keeps the counter equal to the rows when one member toggles back and forth concurrently', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const readers = await Promise.all(Array.from({ length: 5 }, () => createUser()))
    const clicks = readers.flatMap((r, i) => Array.from({ length: 8 }, (_, j) => setPostReaction(asViewer(r), story.id, 'ME_TOO', (i + j) % 2 === 0)))
    await Promise.all(clicks)
    const rows = await db.postReaction.count({ where: { postId: story.id, kind: 'ME_TOO' } })
    const post = await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { meTooCount: true } })
    expect(post.meTooCount).toBe(rows)
  })
})
