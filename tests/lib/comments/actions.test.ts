import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { createComment, deleteComment, editComment } from '@/lib/comments/actions'
import { commentRateLimit } from '@/lib/comments/policies'
import { getCommentTree } from '@/lib/comments/queries'
import { db } from '@/lib/db'
import { consume } from '@/lib/rate-limit'
import { createComment as seedComment, createStory, createUser } from '../../factories'
import { cacheMock, form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

async function thread() {
  const author = await createUser()
  const story = await createStory({ authorId: author.id })
  return { author, story }
}

const reply = (postId: number, body: string, parentId?: number) => createComment(idle, form({ postId, parentId, body }))

describe('createComment', () => {
  beforeEach(() => signInAs(null))

  it('numbers replies per post, nests them under their parent and keeps counters in step', async () => {
    const { story } = await thread()
    const member = await createUser()
    signInAs(member)
    const top = await reply(story.id, 'Top-level reply')
    expect(top).toMatchObject({ status: 'success' })
    const child = await reply(story.id, 'A reply to it', top.data?.commentId)
    await reply(story.id, 'Deeper still', child.data?.commentId)
    const second = await reply(story.id, 'Another top-level reply')

    const rows = await db.comment.findMany({ where: { postId: story.id }, orderBy: { id: 'asc' }, select: { id: true, path: true, depth: true, parentId: true, replyCount: true } })
    expect(rows.map((r) => [r.path, r.depth])).toEqual([
      ['000001', 0],
      ['000001000002', 1],
      ['000001000002000003', 2],
      ['000004', 0],
    ])
    expect(rows.map((r) => r.replyCount)).toEqual([1, 1, 0, 0])
    expect(rows[2]!.parentId).toBe(child.data?.commentId)
    expect(second.data?.commentId).toBe(rows[3]!.id)
    const post = await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { commentCount: true, commentSeq: true, lastActivityAt: true, createdAt: true } })
    expect(post.commentCount).toBe(4)
    expect(post.commentSeq).toBe(4)
    expect(post.lastActivityAt.getTime()).toBeGreaterThan(post.createdAt.getTime())
    expect(cacheMock.revalidatePath).toHaveBeenCalled()
  })

  it('gives concurrent replies distinct sequence numbers and an exact count', async () => {
    const { story } = await thread()
    const members = await Promise.all(Array.from({ length: 6 }, () => createUser()))
    // Each reply runs as a different member; sessions are read when the action starts.
    const results = []
    for (const member of members) {
      signInAs(member)
      results.push(reply(story.id, `Reply from ${member.handle}`))
    }
    const settled = await Promise.all(results)
    expect(settled.every((r) => r.status === 'success')).toBe(true)
    const paths = (await db.comment.findMany({ where: { postId: story.id }, select: { path: true } })).map((c) => c.path)
    expect(new Set(paths).size).toBe(6)
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { commentCount: true } })).commentCount).toBe(6)
  })

  it('answers an empty or oversized reply with a field error and keeps the text', async () => {
    const { story } = await thread()
    signInAs(await createUser())
    const empty = await reply(story.id, '   ')
    expect(empty.fieldErrors?.body?.[0]).toBe('Write something first')
    expect(empty.values?.body).toBe('   ')
    const long = await reply(story.id, 'x'.repeat(10_001))
    expect(long.fieldErrors?.body?.[0]).toMatch(/at most/)
    expect(long.values?.body).toHaveLength(10_001)
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('refuses a parent from another thread', async () => {
    const { story, author } = await thread()
    const other = await createStory({ authorId: author.id })
    const foreign = await seedComment({ postId: other.id, authorId: author.id })
    signInAs(await createUser())
    const result = await reply(story.id, 'Misplaced', foreign.id)
    expect(result.fieldErrors?.parentId).toBeDefined()
  })

  it('asks an anonymous visitor to sign in, keeping the text', async () => {
    const { story } = await thread()
    const result = await reply(story.id, 'Hello there')
    expect(result.status).toBe('error')
    expect(result.message).toMatch(/sign in/i)
    expect(result.values?.body).toBe('Hello there')
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('a suspended member cannot comment', async () => {
    const { story } = await thread()
    const member = await createUser()
    await db.user.update({ where: { id: member.id }, data: { status: 'SUSPENDED', suspendedUntil: new Date(Date.now() + 86_400_000) } })
    signInAs(member)
    const result = await reply(story.id, 'Let me in')
    expect(result.message).toMatch(/suspended/)
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('a locked thread accepts no replies', async () => {
    const { story } = await thread()
    await db.post.update({ where: { id: story.id }, data: { locked: true } })
    signInAs(await createUser())
    const result = await reply(story.id, 'Too late')
    expect(result.message).toMatch(/locked/)
    expect(result.values?.body).toBe('Too late')
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { commentSeq: true, commentCount: true } }))).toEqual({ commentSeq: 0, commentCount: 0 })
  })

  it('refuses replies once over the hourly limit, with a clear message and the text kept', async () => {
    const { story } = await thread()
    const member = await createUser()
    const limit = commentRateLimit({ createdAt: new Date(), approvedPostCount: 0 })
    await consume(limit, member.id, limit.points)
    signInAs(member)
    const result = await reply(story.id, 'One too many')
    expect(result.message).toMatch(new RegExp(`${limit.points} replies in the last hour`))
    expect(result.values?.body).toBe('One too many')
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('gives a members-only thread to members only, and hides pending threads', async () => {
    const author = await createUser()
    const pending = await createStory({ authorId: author.id, status: 'PENDING' })
    signInAs(await createUser())
    expect((await reply(pending.id, 'Can I?')).message).toMatch(/does not exist/)
  })

  it('notifies the parent author, mentioned members and followers, once each', async () => {
    const { story, author } = await thread()
    const alice = await createUser({ handle: 'alice_m' })
    const bob = await createUser({ handle: 'bob-r' })
    const follower = await createUser()
    await db.threadSubscription.create({ data: { userId: author.id, postId: story.id } })
    await db.threadSubscription.create({ data: { userId: follower.id, postId: story.id } })
    signInAs(alice)
    const top = await reply(story.id, 'First')
    signInAs(bob)
    await reply(story.id, 'Replying to you, and @alice_m again, plus @nobody_here', top.data?.commentId)

    const notes = await db.notification.findMany({ where: { postId: story.id }, select: { userId: true, kind: true, actorId: true }, orderBy: { id: 'asc' } })
    // First comment: the story author (a top-level reply is a reply to them), the follower.
    // Second: alice (reply beats mention), the author and the follower as followers.
    expect(notes).toHaveLength(5)
    expect(notes).toEqual(
      expect.arrayContaining([
        { userId: author.id, kind: 'REPLY', actorId: alice.id },
        { userId: follower.id, kind: 'THREAD_REPLY', actorId: alice.id },
        { userId: alice.id, kind: 'REPLY', actorId: bob.id },
        { userId: author.id, kind: 'THREAD_REPLY', actorId: bob.id },
        { userId: follower.id, kind: 'THREAD_REPLY', actorId: bob.id },
      ]),
    )
  })

  it('respects a member who turned off mention notifications', async () => {
    const { story } = await thread()
    const quiet = await createUser({ handle: 'quiet_one' })
    await db.user.update({ where: { id: quiet.id }, data: { notifyMentions: false } })
    signInAs(await createUser())
    await reply(story.id, 'Hey @quiet_one, what do you think?')
    expect(await db.notification.count({ where: { userId: quiet.id } })).toBe(0)
  })
})

describe('editComment and deleteComment', () => {
  it('keeps the old text as a revision and marks the comment edited', async () => {
    const { story } = await thread()
    const member = await createUser()
    const comment = await seedComment({ postId: story.id, authorId: member.id, body: 'Frist!' })
    signInAs(member)
    expect(await editComment(idle, form({ commentId: comment.id, body: 'First!' }))).toMatchObject({ status: 'success' })
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id }, select: { body: true, editedAt: true } })
    expect(row.body).toBe('First!')
    expect(row.editedAt).not.toBeNull()
    expect(await db.revision.findMany({ where: { commentId: comment.id }, select: { body: true, editorId: true } })).toEqual([{ body: 'Frist!', editorId: member.id }])
  })

  it('lets nobody but the author edit or delete, and refuses empty edits', async () => {
    const { story } = await thread()
    const member = await createUser()
    const comment = await seedComment({ postId: story.id, authorId: member.id, body: 'Mine' })
    signInAs(await createUser())
    expect((await editComment(idle, form({ commentId: comment.id, body: 'Hijacked' }))).message).toMatch(/Only the author/)
    expect((await deleteComment(idle, form({ commentId: comment.id }))).message).toMatch(/Only the author/)
    signInAs(member)
    expect((await editComment(idle, form({ commentId: comment.id, body: '' }))).fieldErrors?.body).toBeDefined()
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe('Mine')
  })

  it('refuses edits in a locked thread, and from a suspended author', async () => {
    const { story } = await thread()
    const member = await createUser()
    const comment = await seedComment({ postId: story.id, authorId: member.id, body: 'Mine' })
    signInAs(member)
    await db.post.update({ where: { id: story.id }, data: { locked: true } })
    expect((await editComment(idle, form({ commentId: comment.id, body: 'Changed' }))).message).toMatch(/locked/)
    await db.post.update({ where: { id: story.id }, data: { locked: false } })
    await db.user.update({ where: { id: member.id }, data: { status: 'BANNED' } })
    expect((await editComment(idle, form({ commentId: comment.id, body: 'Changed' }))).message).toMatch(/banned/)
  })

  it('shows a deleted comment as [deleted] while its replies stay, and counts it out', async () => {
    const { story } = await thread()
    const member = await createUser()
    const parent = await seedComment({ postId: story.id, authorId: member.id, body: 'Parent' })
    await seedComment({ postId: story.id, authorId: member.id, parentId: parent.id, body: 'Child' })
    signInAs(member)
    expect(await deleteComment(idle, form({ commentId: parent.id }))).toMatchObject({ status: 'success' })
    expect((await deleteComment(idle, form({ commentId: parent.id }))).message).toBe('This comment was already deleted.')
    signInAs(await createUser())
    expect((await deleteComment(idle, form({ commentId: parent.id }))).message).toMatch(/Only the author/)
    const [root] = await getCommentTree(story.id, null)
    expect(root?.placeholder).toBe('[deleted]')
    expect(root?.authorHandle).toBeNull()
    expect(root?.children[0]?.bodyHtml).toContain('Child')
    expect((await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { commentCount: true } })).commentCount).toBe(1)
  })
})
