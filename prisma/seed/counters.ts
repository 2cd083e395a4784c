// Recomputes every denormalised counter from the rows it counts. The app keeps them right in
// its write transactions; the seed inserts rows directly and repairs counters once at the end.
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { recountAllTags } from '../../lib/tag-counts'

export async function recomputeCounters(db: PrismaClient): Promise<void> {
  await db.$transaction([
    db.$executeRaw`
      UPDATE "Comment" c SET
        "helpfulCount" = coalesce(r.helpful, 0),
        "meTooCount" = coalesce(r.me_too, 0),
        "replyCount" = coalesce(k.replies, 0)
      FROM "Comment" c2
      LEFT JOIN (
        SELECT "commentId",
               count(*) FILTER (WHERE kind = 'HELPFUL')::int AS helpful,
               count(*) FILTER (WHERE kind = 'ME_TOO')::int AS me_too
        FROM "CommentReaction" GROUP BY "commentId"
      ) r ON r."commentId" = c2.id
      LEFT JOIN (
        SELECT "parentId", count(*)::int AS replies FROM "Comment"
        WHERE "parentId" IS NOT NULL AND status = 'VISIBLE' GROUP BY "parentId"
      ) k ON k."parentId" = c2.id
      WHERE c.id = c2.id`,
    db.$executeRaw`
      UPDATE "Post" p SET
        "commentCount" = coalesce(c.n, 0),
        "helpfulCount" = coalesce(r.helpful, 0),
        "meTooCount" = coalesce(r.me_too, 0),
        "lastActivityAt" = greatest(p."createdAt", c.last_comment, u.last_update)
      FROM "Post" p2
      LEFT JOIN (
        SELECT "postId", count(*)::int AS n, max("createdAt") AS last_comment FROM "Comment"
        WHERE status = 'VISIBLE' AND "deletedAt" IS NULL GROUP BY "postId"
      ) c ON c."postId" = p2.id
      LEFT JOIN (
        SELECT "postId",
               count(*) FILTER (WHERE kind = 'HELPFUL')::int AS helpful,
               count(*) FILTER (WHERE kind = 'ME_TOO')::int AS me_too
        FROM "PostReaction" GROUP BY "postId"
      ) r ON r."postId" = p2.id
      LEFT JOIN (SELECT "postId", max("createdAt") AS last_update FROM "StoryUpdate" GROUP BY "postId") u
        ON u."postId" = p2.id
      WHERE p.id = p2.id`,
    // Tag.postCount has one writer, the seed included.
    recountAllTags(db),
  ])
}
