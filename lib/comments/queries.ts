import 'server-only'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus } from '../generated/prisma/enums'
import { renderMarkdown } from '../markdown/render'
import { isModerator } from '../roles'
import type { Viewer } from '../viewer'
import { DEFAULT_COMMENT_SORT, commentAcceptsReplies, siblingComparator, type CommentSort } from './policies'
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
  myHelpful: boolean
  myMeToo: boolean
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
  replyCount: number
  /** Null for a deleted, removed or not-yet-approved comment: `placeholder` says why. */
  bodyHtml: string | null
  placeholder: string | null
  /** Written by the viewer. */
  own: boolean
  /** Held for review (a new account's reply with a link): shown to its author and the moderators, marked. */
  pending: boolean
  /** Shown to the author and the moderators on a hidden reply: "Hidden by moderators: <reason>". */
  hiddenNote: string | null
  status: ContentStatus
  /** Whether it takes replies (commentAcceptsReplies): the form offers none under what was withdrawn. */
  acceptsReplies: boolean
  /** The markdown source, only for the viewer's own standing comments (their edit form). */
  source: string | null
  /** The viewer's reactions. */
  myHelpful: boolean
  myMeToo: boolean
}

export type CommentNode = TreeNode<CommentView>

function present(row: CommentRow, viewer: Viewer): CommentView {
  const own = viewer !== null && viewer.id === row.authorId
  let placeholder: string | null = null
  if (row.deletedAt) placeholder = '[deleted]'
  else if (row.status === 'REMOVED') placeholder = `[removed by a moderator${row.removalReason ? `: ${row.removalReason}` : ''}]`
  else if ((row.status === 'PENDING' || row.status === 'HIDDEN') && !own && !isModerator(viewer)) {
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
    replyCount: row.replyCount,
    authorHandle: placeholder === '[deleted]' ? null : row.authorHandle,
    bodyHtml: placeholder ? null : renderMarkdown(row.body),
    placeholder,
    own,
    pending: row.status === 'PENDING' && placeholder === null,
    hiddenNote: row.status === 'HIDDEN' && placeholder === null ? `Hidden by moderators: ${row.removalReason ?? 'pending review'}` : null,
    status: row.status,
    acceptsReplies: commentAcceptsReplies(row),
    source: own && !row.deletedAt && row.status !== 'REMOVED' ? row.body : null,
    myHelpful: row.myHelpful,
    myMeToo: row.myMeToo,
  }
}

/**
 * A thread's comments as a tree, in one query (the viewer's own reactions ride along). With
 * `rootId`, only that comment's subtree and its ancestors (the context of a permalink).
 * Siblings are ordered by `sort`: best (Wilson lower bound of "helpful"), new or old.
 */
export async function getCommentTree(
  postId: number,
  viewer: Viewer,
  rootId?: number,
  sort: CommentSort = DEFAULT_COMMENT_SORT,
): Promise<CommentNode[]> {
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
           c."authorId", u.handle AS "authorHandle",
           ${viewerReaction('HELPFUL')} AS "myHelpful", ${viewerReaction('ME_TOO')} AS "myMeToo"
    FROM "Comment" c
    LEFT JOIN "User" u ON u.id = c."authorId"
    WHERE c."postId" = ${postId} ${scope}
    ORDER BY c.path COLLATE "C"`
  // Replies awaiting review do not exist for other readers (unless answered: the answers keep their place).
  const answered = new Set(rows.map((row) => row.parentId))
  const shown = isModerator(viewer) ? rows : rows.filter((row) => row.status !== 'PENDING' || answered.has(row.id) || (viewer !== null && row.authorId === viewer.id))
  return buildTree(
    shown.map((row) => present(row, viewer)),
    siblingComparator(sort),
  )

  function viewerReaction(kind: 'HELPFUL' | 'ME_TOO') {
    if (!viewer) return Prisma.sql`false`
    return Prisma.sql`EXISTS (SELECT 1 FROM "CommentReaction" r WHERE r."commentId" = c.id AND r."userId" = ${viewer.id} AND r.kind = ${kind}::"ReactionKind")`
  }
}
