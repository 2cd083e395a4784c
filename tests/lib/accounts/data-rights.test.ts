// Export and deletion: everything a member created goes out in the export; after deletion
// nothing private of theirs remains in any table.
import { beforeEach, describe, expect, it } from 'vitest'
import { deleteAccount } from '@/lib/accounts/delete'
import { exportUserData } from '@/lib/accounts/export'
import { db } from '@/lib/db'
import { Prisma } from '@/lib/generated/prisma/client'
import { createComment, createMember, createStory, createTag } from '@/tests/factories'

const PASSWORD = 'the right password'

async function memberWithEverything() {
  // Unique texts: every test adds its own member to the file's database.
  const n = Math.random().toString(36).slice(2, 10)
  const t = {
    bio: `My private-ish bio ${n}`,
    title: `My LGG story ${n}`,
    body: `Secret skin details ${n}`,
    update: `Week 12 update ${n}`,
    comment: `My reply with details ${n}`,
    reply: `A reply to the member ${n}`,
    othersReply: `Great story ${n}`,
    note: `Looks like spam ${n}`,
    newEmail: `next-${n}@example.test`,
  }
  const member = await createMember({ password: PASSWORD })
  const other = await createMember()
  const acne = await createTag({ kind: 'CONDITION', name: 'Acne' })
  const probiotic = await createTag({ kind: 'INTERVENTION', name: 'LGG probiotic' })
  await db.userCondition.create({ data: { userId: member.id, tagId: acne.id } })
  await db.user.update({ where: { id: member.id }, data: { bio: t.bio } })
  const story = await createStory({ authorId: member.id, title: t.title, body: t.body, conditions: [acne], tried: [{ tag: probiotic, outcome: 'HELPED', durationWeeks: 8 }] })
  await db.tag.update({ where: { id: acne.id }, data: { postCount: 1 } })
  await db.tag.update({ where: { id: probiotic.id }, data: { postCount: 1 } })
  await db.storyUpdate.create({ data: { postId: story.id, authorId: member.id, body: t.update, outcomes: { create: { tagId: probiotic.id, outcome: 'HELPED_A_LOT' } } } })
  const othersStory = await createStory({ authorId: other.id, title: 'Someone else’s story' })
  const myComment = await createComment({ postId: othersStory.id, authorId: member.id, body: t.comment })
  const reply = await createComment({ postId: othersStory.id, authorId: other.id, parentId: myComment.id, body: t.reply })
  await db.comment.update({ where: { id: myComment.id }, data: { replyCount: 1 } })
  const othersReply = await createComment({ postId: story.id, authorId: other.id, body: t.othersReply })
  await db.postReaction.create({ data: { userId: member.id, postId: othersStory.id, kind: 'HELPFUL' } })
  await db.post.update({ where: { id: othersStory.id }, data: { helpfulCount: 1 } })
  await db.commentReaction.create({ data: { userId: member.id, commentId: reply.id, kind: 'ME_TOO' } })
  await db.comment.update({ where: { id: reply.id }, data: { meTooCount: 1 } })
  await db.bookmark.create({ data: { userId: member.id, postId: othersStory.id } })
  await db.threadSubscription.create({ data: { userId: member.id, postId: othersStory.id } })
  await db.report.create({ data: { reporterId: member.id, targetType: 'COMMENT', commentId: reply.id, reason: 'SPAM', note: t.note, openKey: `${member.id}:COMMENT:${reply.id}` } })
  await db.handleRedirect.create({ data: { handleKey: `${member.handle.toLowerCase()}_old`, userId: member.id } })
  await db.emailToken.create({ data: { userId: member.id, purpose: 'CHANGE_EMAIL', tokenHash: `h-${member.id}`, newEmail: t.newEmail, expiresAt: new Date(Date.now() + 3600_000) } })
  await db.outboxMessage.create({ data: { to: member.email, subject: 'Hi', text: 'A mail' } })
  await db.notification.create({ data: { userId: other.id, kind: 'REPLY', actorId: member.id, postId: othersStory.id, commentId: myComment.id } })
  return { t, member, other, acne, probiotic, story, othersStory, myComment, reply, othersReply }
}

/** Every row of every table, as JSON text, for searching. */
async function allRowsText(): Promise<string> {
  const tables = await db.$queryRaw<{ name: string }[]>`SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`
  const parts: string[] = []
  for (const { name } of tables) {
    const rows = await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(t)::text AS row FROM ${Prisma.raw(`"${name.replace(/"/g, '""')}"`)} t`
    parts.push(...rows.map((r) => `${name}: ${r.row}`))
  }
  return parts.join('\n')
}

let data: Awaited<ReturnType<typeof memberWithEverything>>
beforeEach(async () => {
  data = await memberWithEverything()
})

describe('export my data', () => {
  it('contains everything the member created, and nothing of anyone else', async () => {
    const exported = await exportUserData(data.member.id)
    expect(exported.profile).toMatchObject({ handle: data.member.handle, email: data.member.email, bio: data.t.bio, shownConditions: [{ name: 'Acne' }] })
    expect(exported.profile.consents).toEqual([expect.objectContaining({ kind: 'HEALTH_DATA' })])
    expect(exported.stories).toHaveLength(1)
    expect(exported.stories[0]).toMatchObject({ title: data.t.title, body: data.t.body })
    expect(exported.stories[0]!.tags).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Acne', kind: 'CONDITION' }),
        expect.objectContaining({ name: 'LGG probiotic', kind: 'INTERVENTION', outcome: 'HELPED', durationWeeks: 8 }),
      ]),
    )
    expect(exported.stories[0]!.updates).toEqual([expect.objectContaining({ body: data.t.update, outcomes: [expect.objectContaining({ name: 'LGG probiotic', outcome: 'HELPED_A_LOT' })] })])
    expect(exported.comments.map((c) => c.body)).toEqual([data.t.comment])
    expect(exported.reactions.posts).toEqual([expect.objectContaining({ postId: data.othersStory.id, kind: 'HELPFUL' })])
    expect(exported.reactions.comments).toEqual([expect.objectContaining({ commentId: data.reply.id, kind: 'ME_TOO' })])
    expect(exported.bookmarks).toEqual([expect.objectContaining({ postId: data.othersStory.id })])
    expect(exported.follows).toHaveLength(1)
    expect(exported.reportsFiled).toEqual([expect.objectContaining({ reason: 'SPAM', note: data.t.note })])
    const text = JSON.stringify(exported)
    expect(text).not.toContain('passwordHash')
    expect(text).not.toContain('$argon2')
    expect(text).not.toContain(data.t.reply)
    expect(text).not.toContain(data.other.email)
  })
})

describe('delete my account', () => {
  it('needs the right password, and deletes nothing without it', async () => {
    expect(await deleteAccount(data.member.id, { password: 'wrong', mode: 'erase' })).toMatchObject({ ok: false, fieldErrors: { password: expect.any(Array) } })
    expect(await db.user.count({ where: { id: data.member.id } })).toBe(1)
  })

  for (const mode of ['anonymise', 'erase'] as const) {
    it(`${mode}: no private data of the member remains in any table, and counters stay right`, async () => {
      const hash = (await db.user.findUniqueOrThrow({ where: { id: data.member.id }, select: { passwordHash: true } })).passwordHash!
      expect(await deleteAccount(data.member.id, { password: PASSWORD, mode })).toEqual({ ok: true, mode })
      const everything = await allRowsText()
      expect(everything).not.toContain(data.member.id)
      expect(everything).not.toContain(data.member.email)
      expect(everything).not.toContain(hash)
      expect(everything).not.toContain(data.t.newEmail)
      expect(everything).not.toContain(data.t.bio)
      // Others' content stays, and so do their accounts.
      expect(everything).toContain(data.t.reply)
      expect(everything).toContain(data.t.othersReply)
      expect(everything).toContain(data.other.email)
      // Reactions were withdrawn together with their counts.
      expect(await db.post.findUniqueOrThrow({ where: { id: data.othersStory.id }, select: { helpfulCount: true } })).toEqual({ helpfulCount: 0 })
      expect(await db.comment.findUniqueOrThrow({ where: { id: data.reply.id }, select: { meTooCount: true } })).toEqual({ meTooCount: 0 })
      expect(await db.report.findFirstOrThrow({ where: { commentId: data.reply.id }, select: { reporterId: true, openKey: true } })).toEqual({ reporterId: null, openKey: null })

      const story = await db.post.findUniqueOrThrow({ where: { id: data.story.id }, select: { title: true, body: true, authorId: true, deletedAt: true, _count: { select: { tags: true, updates: true } } } })
      const comment = await db.comment.findUniqueOrThrow({ where: { id: data.myComment.id }, select: { body: true, authorId: true, deletedAt: true } })
      if (mode === 'anonymise') {
        expect(story).toMatchObject({ title: data.t.title, body: data.t.body, authorId: null, deletedAt: null })
        expect(comment).toMatchObject({ body: data.t.comment, authorId: null, deletedAt: null })
        expect(await db.tag.findUniqueOrThrow({ where: { id: data.acne.id }, select: { postCount: true } })).toEqual({ postCount: 1 })
      } else {
        expect(everything).not.toContain(data.t.body)
        expect(everything).not.toContain(data.t.comment)
        expect(everything).not.toContain(data.t.update)
        expect(everything).not.toContain(data.t.note)
        expect(story).toMatchObject({ title: '[deleted]', body: '', authorId: null, deletedAt: expect.any(Date), _count: { tags: 0, updates: 0 } })
        expect(comment).toMatchObject({ body: '', authorId: null, deletedAt: expect.any(Date) })
        // The erased reply no longer counts; the reply under it still hangs there.
        expect(await db.post.findUniqueOrThrow({ where: { id: data.othersStory.id }, select: { commentCount: true } })).toEqual({ commentCount: 1 })
        expect(await db.comment.count({ where: { id: data.reply.id } })).toBe(1)
        expect(await db.tag.findUniqueOrThrow({ where: { id: data.acne.id }, select: { postCount: true } })).toEqual({ postCount: 0 })
        expect(await db.tag.findUniqueOrThrow({ where: { id: data.probiotic.id }, select: { postCount: true } })).toEqual({ postCount: 0 })
      }
    })
  }

  it('the only admin cannot delete their account', async () => {
    const admin = await createMember({ role: 'ADMIN', password: PASSWORD })
    await db.user.updateMany({ where: { role: 'ADMIN', id: { not: admin.id } }, data: { role: 'MEMBER' } })
    expect(await deleteAccount(admin.id, { password: PASSWORD, mode: 'anonymise' })).toMatchObject({ ok: false, message: expect.stringMatching(/only admin/) })
  })
})
