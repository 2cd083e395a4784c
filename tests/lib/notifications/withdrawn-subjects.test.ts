// A notification is worded for its recipient when it is read or mailed: a story hidden, held,
// removed or deleted after the reply keeps its title and the reply's words out of the list,
// the bell's list and the emails.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { createComment } from '@/lib/comments/actions'
import { db } from '@/lib/db'
import type { ContentStatus } from '@/lib/generated/prisma/enums'
import type { Mail } from '@/lib/mail'
import { setCommentStatus, setPostStatus } from '@/lib/content-status'
import { approveHeldComment } from '@/tests/approve-held-comment'
import { setThreadFollow } from '@/lib/notifications/actions'
import { emailCommentNotifications } from '@/lib/notifications/email'
import { countUnreadNotifications, listNotifications } from '@/lib/notifications/queries'
import { UNAVAILABLE_STORY } from '@/lib/notifications/subject'
import { createComment as seedComment, createStory, createUser } from '../../factories'
import { form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const TITLE = 'Isotretinoin month three'
const REPLY = 'My lips cracked in week two as well'

/** A story with a follower who heard about one reply (kept as the reply's id). */
async function followedReply() {
  const author = await createUser()
  const story = await createStory({ authorId: author.id, title: TITLE })
  const follower = await createUser()
  await db.user.update({ where: { id: follower.id }, data: { emailNotifications: true, emailVerifiedAt: new Date() } })
  signInAs(follower)
  await setThreadFollow(idle, form({ postId: story.id, active: 'true' }))
  signInAs(await createUser())
  const posted = await createComment(idle, form({ postId: story.id, body: REPLY }))
  signInAs(null)
  return { author, story, follower, commentId: posted.data!.commentId }
}

const withStatus = (postId: number, to: ContentStatus) => db.$transaction((tx) => setPostStatus(tx, postId, to, 'Medical misinformation'))

function mailbox() {
  const sent: Mail[] = []
  return { sent, deliver: async (mail: Mail) => (sent.push(mail), true) }
}

beforeEach(() => signInAs(null))

describe('notifications about a story withdrawn since', () => {
  it('name a story hidden by moderators only as “no longer available”: no title, reply, link or email', async () => {
    const { story, follower, author, commentId } = await followedReply()
    expect(await listNotifications(follower.id)).toMatchObject([{ postTitle: TITLE, snippet: REPLY }])
    await withStatus(story.id, 'HIDDEN')

    const list = await listNotifications(follower.id)
    expect(list).toMatchObject([{ kind: 'THREAD_REPLY', postTitle: UNAVAILABLE_STORY, snippet: null, href: null }])
    expect(JSON.stringify(list)).not.toContain('Isotretinoin')
    expect(JSON.stringify(list)).not.toContain('cracked')
    // Still listed: the bell counts it, and the list must show what the bell counts.
    expect(await countUnreadNotifications(follower.id)).toBe(1)

    const { sent, deliver } = mailbox()
    expect(await emailCommentNotifications(commentId, deliver)).toBe(0)
    expect(sent).toEqual([])

    // Its author still sees their own story (hidden, with the moderators' note).
    expect((await listNotifications(author.id))[0]).toMatchObject({ postTitle: TITLE, snippet: REPLY })
  })

  it('name a story held for review as “no longer available”', async () => {
    const { story, follower } = await followedReply()
    await withStatus(story.id, 'PENDING')
    expect(await listNotifications(follower.id)).toMatchObject([{ postTitle: UNAVAILABLE_STORY, snippet: null, href: null }])
  })

  it('name a removed story “[removed]” and a deleted one “[deleted]”, linking to the thread without a slug', async () => {
    const removed = await followedReply()
    await withStatus(removed.story.id, 'REMOVED')
    const deleted = await followedReply()
    await db.post.update({ where: { id: deleted.story.id }, data: { deletedAt: new Date() } })

    for (const [{ follower, story, commentId }, title] of [
      [removed, '[removed]'],
      [deleted, '[deleted]'],
    ] as const) {
      const list = await listNotifications(follower.id)
      // The thread and its replies stay readable: the reply may be quoted.
      expect(list).toMatchObject([{ postTitle: title, snippet: REPLY, href: `/t/${story.id}?comment=${commentId}#comment-${commentId}` }])
      expect(JSON.stringify(list)).not.toContain('Isotretinoin')
      const { sent, deliver } = mailbox()
      expect(await emailCommentNotifications(commentId, deliver)).toBe(1)
      expect(sent[0]?.text).toContain(`“${title}”`)
      expect(sent[0]?.text).not.toContain('Isotretinoin')
    }
  })

  it('email the story’s title while it stands', async () => {
    const { commentId } = await followedReply()
    const { sent, deliver } = mailbox()
    expect(await emailCommentNotifications(commentId, deliver)).toBe(1)
    expect(sent[0]?.text).toContain(`“${TITLE}”`)
  })

  it('are not written when a held reply is approved after its story was hidden, except to those who can see it', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id, title: TITLE })
    const follower = await createUser()
    await db.threadSubscription.create({ data: { userId: follower.id, postId: story.id } })
    const held = await seedComment({ postId: story.id, authorId: (await createUser()).id, body: REPLY, status: 'PENDING' })
    await withStatus(story.id, 'HIDDEN')

    await approveHeldComment(held.id)
    const written = await db.notification.findMany({ where: { commentId: held.id }, select: { userId: true, kind: true } })
    expect(written).toEqual([{ userId: author.id, kind: 'REPLY' }])
  })

  it('do not tell the author of a reply withdrawn while an answer to it waited for review', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id, title: TITLE })
    const parentAuthor = await createUser()
    const parent = await seedComment({ postId: story.id, authorId: parentAuthor.id })
    const held = await seedComment({ postId: story.id, authorId: (await createUser()).id, parentId: parent.id, body: REPLY, status: 'PENDING' })
    await db.$transaction((tx) => setCommentStatus(tx, parent.id, 'HIDDEN', 'Rude'))

    await approveHeldComment(held.id)
    expect(await db.notification.count({ where: { userId: parentAuthor.id } })).toBe(0)
  })
})
