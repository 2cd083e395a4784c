import 'server-only'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus } from '../generated/prisma/enums'
import { renderMarkdown } from '../markdown/render'
import { isStaff } from '../stories/policies'
import type { Viewer } from '../viewer'
import { buildTree, type TreeNode } from './tree'

interface CommentRow {
  id: number
  parentId: number | null
  depth: number
  path: string
  body: string
  status: ContentStatus
  removalReason: string | null
  deletedAt: Date | null
  editedAt: Date | null
  createdAt: Date
  helpfulCount: number
  meTooCount: number
  replyCount: number
  authorId: string | null
  authorHandle: string | null
}

export interface CommentView {
  id: number
  parentId: number | null
  depth: number
  path: string
  createdAt: Date
  editedAt: Date | null
  helpfulCount: number
  meTooCount: number
  authorHandle: string | null
  /** Null for a deleted, removed or not-yet-approved comment: `placeholder` says why. */
  bodyHtml: string | null
  placeholder: string | null
}

export type CommentNode = TreeNode<CommentView>

function present(row: CommentRow, viewer: Viewer): CommentView {
  const own = viewer !== null && viewer.id === row.authorId
  let placeholder: string | null = null
  if (row.deletedAt) placeholder = '[deleted]'
  else if (row.status === 'REMOVED') placeholder = `[removed by a moderator${row.removalReason ? `: ${row.removalReason}` : ''}]`
  else if ((row.status === 'PENDING' || row.status === 'HIDDEN') && !own && !isStaff(viewer)) {
    placeholder = row.status === 'PENDING' ? '[awaiting review]' : '[hidden pending review]'
  }
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    path: row.path,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    helpfulCount: row.helpfulCount,
    meTooCount: row.meTooCount,
    authorHandle: placeholder === '[deleted]' ? null : row.authorHandle,
    bodyHtml: placeholder ? null : renderMarkdown(row.body),
    placeholder,
  }
}

/**
 * A thread's comments as a tree, in one query. With `rootId`, only that comment's subtree
 * and its ancestors (the context of a permalink).
 */
export async function getCommentTree(postId: number, viewer: Viewer, rootId?: number): Promise<CommentNode[]> {
  let scope = Prisma.empty
  if (rootId !== undefined) {
    const root = await db.comment.findFirst({ where: { id: rootId, postId }, select: { path: true } })
    if (!root) return []
    // The subtree (paths starting with the root's) plus its ancestors (prefixes of the root's).
    scope = Prisma.sql`AND (starts_with(c.path, ${root.path}) OR starts_with(${root.path}, c.path))`
  }
  const rows = await db.$queryRaw<CommentRow[]>`
    SELECT c.id, c."parentId", c.depth, c.path, c.body, c.status, c."removalReason", c."deletedAt",
           c."editedAt", c."createdAt", c."helpfulCount", c."meTooCount", c."replyCount",
           c."authorId", u.handle AS "authorHandle"
    FROM "Comment" c
    LEFT JOIN "User" u ON u.id = c."authorId"
    WHERE c."postId" = ${postId} ${scope}
    ORDER BY c.path COLLATE "C"`
  return buildTree(rows.map((row) => present(row, viewer)))
}
