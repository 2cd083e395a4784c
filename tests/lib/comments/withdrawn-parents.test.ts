// A reply answers only a comment that stands: not one the moderators hid or removed, not one
// its author deleted, not one awaiting review. The form action and the JSON API share the
// rule (lib/comments/service.ts), and the comment's author hears nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { POST } from '@/app/api/stories/[id]/comments/route'
import { createComment } from '@/lib/comments/actions'
import { PARENT_CLOSED_MESSAGE } from '@/lib/comments/policies'
import { getCommentTree } from '@/lib/comments/queries'
import { db } from '@/lib/db'
import { setCommentStatus } from '@/lib/content-status'
import { createComment as seedComment, createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

type Withdrawal = 'hidden' | 'removed' | 'deleted' | 'held'

/** A thread with one reply in the given state, by a member who would be notified of answers. */
async function withdrawnReply(state: Withdrawal | 'standing') {
  const story = await createStory({ authorId: (await createUser()).id })
  const parentAuthor = await createUser()
  const parent = await seedComment({ postId: story.id, authorId: parentAuthor.id, status: state === 'held' ? 'PENDING' : 'VISIBLE' })
  if (state === 'hidden' || state === 'removed') {
    await db.$transaction((tx) => setCommentStatus(tx, parent.id, state === 'hidden' ? 'HIDDEN' : 'REMOVED', 'Rude'))
  }
  if (state === 'deleted') await db.comment.update({ where: { id: parent.id }, data: { deletedAt: new Date() } })
  return { story, parent, parentAuthor }
}

async function nothingWritten(parentId: number, parentAuthorId: string) {
  expect(await db.comment.count({ where: { parentId } })).toBe(0)
  expect((await db.comment.findUniqueOrThrow({ where: { id: parentId }, select: { replyCount: true } })).replyCount).toBe(0)
  expect(await db.notification.count({ where: { userId: parentAuthorId } })).toBe(0)
}

beforeEach(() => signInAs(null))
afterEach(() => vi.restoreAllMocks())

describe('replying under a withdrawn reply', () => {
  it.each(['hidden', 'removed', 'deleted'] as const)('is refused under a %s reply, with nobody notified', async (state) => {
    const { story, parent, parentAuthor } = await withdrawnReply(state)
    signInAs(await createUser())
    const result = await createComment(idle, form({ postId: story.id, parentId: parent.id, body: 'I disagree with this.' }))
    expect(result).toMatchObject({ message: PARENT_CLOSED_MESSAGE, fieldErrors: { parentId: [PARENT_CLOSED_MESSAGE] } })
    expect(result.status).toBe('error')
    await nothingWritten(parent.id, parentAuthor.id)
  })

  it('is refused under a reply awaiting review, for its author and the moderators too', async () => {
    const { story, parent, parentAuthor } = await withdrawnReply('held')
    for (const who of [parentAuthor, await createUser({ role: 'MODERATOR' })]) {
      signInAs(who)
      expect(await createComment(idle, form({ postId: story.id, parentId: parent.id, body: `A note from ${who.handle}` }))).toMatchObject({ message: PARENT_CLOSED_MESSAGE })
    }
    // Anyone else is not told it exists.
    signInAs(await createUser())
    expect(await createComment(idle, form({ postId: story.id, parentId: parent.id, body: 'Hello?' }))).toMatchObject({
      message: 'The comment you answer is not in this thread.',
    })
    await nothingWritten(parent.id, parentAuthor.id)
  })

  it('answers 422 with the reason over the JSON API', async () => {
    const { story, parent, parentAuthor } = await withdrawnReply('hidden')
    signInAs(await createUser())
    const response = await POST(
      new Request(`http://localhost:3000/api/stories/${story.id}/comments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'http://localhost:3000', host: 'localhost:3000' },
        body: JSON.stringify({ body: 'I disagree with this.', parentId: parent.id }),
      }),
      { params: Promise.resolve({ id: String(story.id) }) },
    )
    expect(response.status).toBe(422)
    expect(JSON.stringify(await response.json())).toContain(PARENT_CLOSED_MESSAGE)
    await nothingWritten(parent.id, parentAuthor.id)
  })

  it('is refused when the reply is hidden between the check and the write', async () => {
    const { story, parent, parentAuthor } = await withdrawnReply('standing')
    // The service's first read sees the reply standing; a moderator hides it right after.
    const standing = await db.comment.findFirstOrThrow({ where: { id: parent.id } })
    await db.$transaction((tx) => setCommentStatus(tx, parent.id, 'HIDDEN', 'Rude'))
    vi.spyOn(db.comment, 'findFirst').mockResolvedValueOnce(standing as never)
    signInAs(await createUser())
    expect(await createComment(idle, form({ postId: story.id, parentId: parent.id, body: 'Too late.' }))).toMatchObject({ message: PARENT_CLOSED_MESSAGE })
    await nothingWritten(parent.id, parentAuthor.id)
  })

  it('is offered only under standing replies', async () => {
    const { story, parent } = await withdrawnReply('standing')
    const hidden = await seedComment({ postId: story.id, authorId: (await createUser()).id })
    await db.$transaction((tx) => setCommentStatus(tx, hidden.id, 'HIDDEN', 'Rude'))
    const tree = await getCommentTree(story.id, await createUser({ role: 'MODERATOR' }))
    expect(tree.map((node) => [node.id, node.acceptsReplies])).toEqual([
      [parent.id, true],
      [hidden.id, false],
    ])
  })

  it('still works under a standing reply, and tells its author', async () => {
    const { story, parent, parentAuthor } = await withdrawnReply('standing')
    signInAs(await createUser())
    expect(await createComment(idle, form({ postId: story.id, parentId: parent.id, body: 'Same here.' }))).toMatchObject({ status: 'success' })
    expect(await db.notification.count({ where: { userId: parentAuthor.id, kind: 'REPLY' } })).toBe(1)
  })
})
