// Deleting an account. The member chooses: erase what they wrote (texts blanked, outcomes and
// follow-ups removed; other people's replies stay) or keep it anonymised as "[deleted]". Either
// way the user row goes, and with it the email, password hash, consents, tokens, reactions,
// bookmarks and follows; counters are corrected in the same transaction.
import 'server-only'
import { zodFieldErrors } from '../forms'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { Result } from '../forms'
import { uncountPosts } from '../tag-counts'
import { publicSql } from '../visibility-sql'
import { checkCurrentPassword } from './password-check'
import { type DeleteMode, deleteAccountSchema } from './schemas'

export const DELETED_TITLE = '[deleted]'

type Tx = Prisma.TransactionClient

export async function deleteAccount(userId: string, input: unknown): Promise<Result<{ mode: DeleteMode }>> {
  const parsed = deleteAccountSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Please correct the fields marked below.', fieldErrors: zodFieldErrors(parsed.error) }
  const check = await checkCurrentPassword(userId, parsed.data.password)
  if (!check.ok) return { ok: false, message: check.message, fieldErrors: { password: [check.message] } }
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true } })
  if (user.role === 'ADMIN' && (await db.user.count({ where: { role: 'ADMIN' } })) === 1) {
    return { ok: false, message: 'You are the only admin: make someone else an admin before you delete your account.' }
  }
  await eraseUser(userId, parsed.data.mode)
  return { ok: true, mode: parsed.data.mode }
}

/** The deletion itself, in one transaction (no password check: callers have done theirs). */
export async function eraseUser(userId: string, mode: DeleteMode): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } })
      await withdrawReactions(tx, userId)
      // The open-report key embeds the reporter's id.
      await tx.report.updateMany({
        where: { reporterId: userId },
        data: mode === 'erase' ? { openKey: null, note: null } : { openKey: null },
      })
      if (user.email) await tx.outboxMessage.deleteMany({ where: { to: user.email } })
      if (mode === 'erase') await eraseContent(tx, userId)
      // Cascades: accounts, consents, email tokens, conditions shown, handle redirects,
      // bookmarks, follows, notifications received, reports about the user. Authored content
      // left in place (anonymise mode) loses its author (ON DELETE SET NULL).
      await tx.user.delete({ where: { id: userId } })
    },
    { timeout: 60_000 },
  )
}

async function withdrawReactions(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Post" p SET "helpfulCount" = p."helpfulCount" - r.helpful, "meTooCount" = p."meTooCount" - r.me_too
    FROM (
      SELECT "postId", count(*) FILTER (WHERE kind = 'HELPFUL')::int AS helpful, count(*) FILTER (WHERE kind = 'ME_TOO')::int AS me_too
      FROM "PostReaction" WHERE "userId" = ${userId} GROUP BY "postId"
    ) r
    WHERE p.id = r."postId"`
  await tx.$executeRaw`
    UPDATE "Comment" c SET "helpfulCount" = c."helpfulCount" - r.helpful, "meTooCount" = c."meTooCount" - r.me_too
    FROM (
      SELECT "commentId", count(*) FILTER (WHERE kind = 'HELPFUL')::int AS helpful, count(*) FILTER (WHERE kind = 'ME_TOO')::int AS me_too
      FROM "CommentReaction" WHERE "userId" = ${userId} GROUP BY "commentId"
    ) r
    WHERE c.id = r."commentId"`
  await tx.postReaction.deleteMany({ where: { userId } })
  await tx.commentReaction.deleteMany({ where: { userId } })
}

async function eraseContent(tx: Tx, userId: string): Promise<void> {
  const now = new Date()
  // The article's question threads belong to the site: they stay, anonymised.
  const postWhere = { authorId: userId, askedQuestion: { is: null } } satisfies Prisma.PostWhereInput
  const posts = (await tx.post.findMany({ where: postWhere, select: { id: true } })).map((p) => p.id)
  const comments = (await tx.comment.findMany({ where: { authorId: userId }, select: { id: true } })).map((c) => c.id)

  await tx.revision.deleteMany({ where: { OR: [{ postId: { in: posts } }, { commentId: { in: comments } }, { editorId: userId }] } })
  await tx.storyUpdate.deleteMany({ where: { OR: [{ authorId: userId }, { postId: { in: posts } }] } })

  // Tag counts cover public posts: the erased ones stop counting.
  await uncountPosts(tx, posts)
  await tx.postTag.deleteMany({ where: { postId: { in: posts } } })
  await tx.post.updateMany({
    where: { id: { in: posts } },
    data: { title: DELETED_TITLE, body: '', otherChanges: null, skinNow: null, removalReason: null, authorId: null, deletedAt: now },
  })

  // A post's comment count covers visible, undeleted comments.
  await tx.$executeRaw`
    UPDATE "Post" p SET "commentCount" = p."commentCount" - x.n
    FROM (
      SELECT c."postId", count(*)::int AS n FROM "Comment" c
      WHERE c."authorId" = ${userId} AND ${publicSql('c')}
      GROUP BY c."postId"
    ) x
    WHERE p.id = x."postId"`
  // Blanked in place, not deleted: replies by others hang off them and stay readable.
  await tx.comment.updateMany({
    where: { id: { in: comments } },
    data: { body: '', removalReason: null, authorId: null, deletedAt: now },
  })
  await tx.notification.deleteMany({ where: { actorId: userId } })
}
