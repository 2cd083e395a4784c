import { describe, expect, it } from 'vitest'
import { db } from '@/lib/db'
import type { Mail } from '@/lib/mail'
import { emailCommentNotifications } from '@/lib/notifications/email'
import { createComment, createStory, createUser } from '../../factories'

async function notifiedReply(options: { optedIn: boolean; verified: boolean }) {
  const author = await createUser({ email: `author-${Math.random()}@example.test` })
  await db.user.update({
    where: { id: author.id },
    data: { emailNotifications: options.optedIn, emailVerifiedAt: options.verified ? new Date() : null },
  })
  const replier = await createUser()
  const story = await createStory({ authorId: author.id, title: 'Zinc for acne', body: 'Private details of my skin.' })
  const comment = await createComment({ postId: story.id, authorId: replier.id, body: 'My own private details.' })
  await db.notification.create({ data: { userId: author.id, kind: 'REPLY', actorId: replier.id, postId: story.id, commentId: comment.id } })
  return { author, replier, story, comment }
}

describe('notification emails', () => {
  it('are sent to members who turned them on and verified their address, once, without quoting', async () => {
    const { author, replier, comment } = await notifiedReply({ optedIn: true, verified: true })
    const sent: Mail[] = []
    const deliver = async (mail: Mail) => (sent.push(mail), true)

    expect(await emailCommentNotifications(comment.id, deliver)).toBe(1)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.to).toBe(author.email)
    expect(sent[0]?.subject).toBe(`${replier.handle} replied to you on WhatHelped`)
    expect(sent[0]?.text).toContain('Zinc for acne')
    expect(sent[0]?.text).toContain(`comment=${comment.id}`)
    expect(sent[0]?.text).not.toContain('private details')

    // Marked as emailed: a second run sends nothing.
    expect(await emailCommentNotifications(comment.id, deliver)).toBe(0)
    expect(sent).toHaveLength(1)
  })

  it.each([
    { optedIn: false, verified: true },
    { optedIn: true, verified: false },
  ])('are not sent when %o', async (options) => {
    const { comment } = await notifiedReply(options)
    const sent: Mail[] = []
    expect(await emailCommentNotifications(comment.id, async (mail) => (sent.push(mail), true))).toBe(0)
    expect(sent).toEqual([])
  })

  it('stay unsent (and are retried later) when the address has had enough mail for now', async () => {
    const { comment } = await notifiedReply({ optedIn: true, verified: true })
    expect(await emailCommentNotifications(comment.id, async () => false)).toBe(0)
    expect(await db.notification.count({ where: { commentId: comment.id, emailedAt: null } })).toBe(1)
  })

  it('send nothing without an SMTP server', async () => {
    const { comment } = await notifiedReply({ optedIn: true, verified: true })
    expect(await emailCommentNotifications(comment.id)).toBe(0)
  })
})
