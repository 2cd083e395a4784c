import 'server-only'
import { db } from '../db'

export const BOOKMARKS_SHOWN = 100

export interface BookmarkView {
  postId: number
  title: string
  deleted: boolean
  authorHandle: string | null
  commentCount: number
  lastActivityAt: Date
  savedAt: Date
}

/** The member's saved threads, newest saved first. */
export async function listBookmarks(userId: string): Promise<BookmarkView[]> {
  const rows = await db.bookmark.findMany({
    where: { userId, post: { status: { in: ['VISIBLE', 'REMOVED'] } } },
    orderBy: { createdAt: 'desc' },
    take: BOOKMARKS_SHOWN,
    select: {
      createdAt: true,
      post: { select: { id: true, title: true, deletedAt: true, commentCount: true, lastActivityAt: true, author: { select: { handle: true } } } },
    },
  })
  return rows.map((row) => ({
    postId: row.post.id,
    title: row.post.deletedAt ? '[deleted]' : row.post.title,
    deleted: row.post.deletedAt !== null,
    authorHandle: row.post.deletedAt ? null : (row.post.author?.handle ?? null),
    commentCount: row.post.commentCount,
    lastActivityAt: row.post.lastActivityAt,
    savedAt: row.createdAt,
  }))
}
