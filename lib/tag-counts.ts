// The one writer of Tag.postCount: how many public posts (lib/visibility.ts) carry the tag. Every
// change that makes a post start or stop counting, or changes a counted post's tags, calls here
// inside the transaction that makes it (story created or deleted, moderation, tag corrections,
// account erasure); the seed recounts from scratch. Insights follow by their own triggers.
import type { Prisma, PrismaClient } from './generated/prisma/client'
import { publicSql } from './visibility-sql'

type Tx = Prisma.TransactionClient

/** A counted post's tags were added (+1) or removed (-1). */
export async function shiftTagPostCounts(tx: Tx, tagIds: readonly number[], delta: 1 | -1): Promise<void> {
  if (!tagIds.length) return
  await tx.tag.updateMany({ where: { id: { in: [...tagIds] } }, data: { postCount: { increment: delta } } })
}

/** The post started (`before` false, `after` true) or stopped counting: all its tags follow. */
export async function followPostCounting(tx: Tx, postId: number, before: boolean, after: boolean): Promise<void> {
  if (before === after) return
  await tx.$executeRaw`
    UPDATE "Tag" SET "postCount" = "postCount" + ${after ? 1 : -1}::int
    WHERE id IN (SELECT "tagId" FROM "PostTag" WHERE "postId" = ${postId}::int)`
}

/** These posts are about to lose their tags (account erasure): the public ones stop counting. */
export async function uncountPosts(tx: Tx, postIds: readonly number[]): Promise<void> {
  if (!postIds.length) return
  await tx.$executeRaw`
    UPDATE "Tag" t SET "postCount" = t."postCount" - x.n
    FROM (
      SELECT pt."tagId", count(*)::int AS n FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId"
      WHERE p.id = ANY(${[...postIds]}) AND ${publicSql('p')}
      GROUP BY pt."tagId"
    ) x
    WHERE t.id = x."tagId"`
}

/** Every tag's count from the rows (the seed inserts posts directly, then recounts once). */
export function recountAllTags(db: PrismaClient) {
  return db.$executeRaw`
    UPDATE "Tag" t SET "postCount" = coalesce(x.n, 0)
    FROM "Tag" t2
    LEFT JOIN (
      SELECT pt."tagId", count(*)::int AS n FROM "PostTag" pt
      JOIN "Post" p ON p.id = pt."postId"
      WHERE ${publicSql('p')}
      GROUP BY pt."tagId"
    ) x ON x."tagId" = t2.id
    WHERE t.id = t2.id`
}
