// A member's edit history for admins: earlier versions of their stories and replies (Revision
// rows), newest first, keyset-paginated on id.
import 'server-only'
import { db } from '../db'
import { renderMarkdown } from '../markdown/render'
import { paths } from '../paths'

export const REVISIONS_PAGE_SIZE = 30

export interface RevisionView {
  id: number
  createdAt: Date
  targetType: 'POST' | 'COMMENT' | 'USER'
  title: string | null
  bodyHtml: string
  /** The story, or the thread of the reply. */
  where: { label: string; href: string } | null
  editorHandle: string | null
}

export async function getMemberForAdmin(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, handle: true, role: true, status: true, createdAt: true } })
}

export async function listMemberRevisions(userId: string, before?: number): Promise<{ revisions: RevisionView[]; nextBefore: number | null }> {
  const rows = await db.revision.findMany({
    where: {
      ...(before ? { id: { lt: before } } : {}),
      OR: [{ post: { authorId: userId } }, { comment: { authorId: userId } }],
    },
    orderBy: { id: 'desc' },
    take: REVISIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      targetType: true,
      title: true,
      body: true,
      editor: { select: { handle: true } },
      post: { select: { id: true, title: true } },
      comment: { select: { id: true, post: { select: { id: true, title: true } } } },
    },
  })
  const page = rows.slice(0, REVISIONS_PAGE_SIZE)
  return {
    revisions: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      targetType: row.targetType,
      title: row.title,
      bodyHtml: renderMarkdown(row.body),
      where: row.post
        ? { label: `Story “${row.post.title}”`, href: paths.thread(row.post.id, row.post.title) }
        : row.comment
          ? { label: `Reply in “${row.comment.post.title}”`, href: paths.comment(row.comment.post.id, row.comment.id) }
          : null,
      editorHandle: row.editor?.handle ?? null,
    })),
    nextBefore: rows.length > REVISIONS_PAGE_SIZE ? page[page.length - 1]!.id : null,
  }
}
