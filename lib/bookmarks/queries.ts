import 'server-only'
import { db } from '../db'
import { DELETED_TITLE, REMOVED_TITLE, canSeePostTitle } from '../visibility'
import type { Viewer } from '../viewer'

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

/** The member's saved threads, newest saved first; a title they may no longer see is withheld. */
export async function listBookmarks(viewer: NonNullable<Viewer>): Promise<BookmarkView[]> {
  const rows = await db.bookmark.findMany({
    where: { userId: viewer.id, post: { status: { in: ['VISIBLE', 'REMOVED'] } } },
    orderBy: { createdAt: 'desc' },
    take: BOOKMARKS_SHOWN,
    select: {
      createdAt: true,
      post: {
        select: { id: true, title: true, status: true, visibility: true, authorId: true, deletedAt: true, commentCount: true, lastActivityAt: true, author: { select: { handle: true } } },
      },
    },
  })
  return rows.map((row) => ({
    postId: row.post.id,
    title: canSeePostTitle(viewer, row.post) ? row.post.title : row.post.deletedAt ? DELETED_TITLE : REMOVED_TITLE,
    deleted: row.post.deletedAt !== null,
    authorHandle: row.post.deletedAt ? null : (row.post.author?.handle ?? null),
    commentCount: row.post.commentCount,
    lastActivityAt: row.post.lastActivityAt,
    savedAt: row.createdAt,
  }))
}
