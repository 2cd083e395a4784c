// What a thread page needs to know about the person looking at it: their reactions, bookmark
// and follow, and — for the author only — the raw fields of the edit and follow-up forms.
import 'server-only'
import { db } from '../db'
import type { Outcome, SkinNow, Visibility } from '../generated/prisma/enums'
import { renderMarkdown } from '../markdown/render'
import type { Viewer } from '../viewer'
import { canAddStoryUpdate, canDeletePost, canEditPost, canSeeRevisions } from './policies'

export interface ThreadViewerState {
  signedIn: boolean
  bookmarked: boolean
  following: boolean
  myHelpful: boolean
  myMeToo: boolean
  own: boolean
  canDelete: boolean
  canAddUpdate: boolean
  /** The author's own text for the edit form; null for everyone else. */
  editable: { title: string; body: string; skinNow: SkinNow | null; otherChanges: string | null; visibility: Visibility } | null
  interventions: { tagId: number; name: string; outcome: Outcome | null }[]
  /** Earlier versions, newest first, for the author and moderators; null for everyone else. */
  revisions: { id: number; createdAt: Date; title: string | null; bodyHtml: string }[] | null
}

const NOBODY: ThreadViewerState = {
  signedIn: false,
  bookmarked: false,
  following: false,
  myHelpful: false,
  myMeToo: false,
  own: false,
  canDelete: false,
  canAddUpdate: false,
  editable: null,
  interventions: [],
  revisions: null,
}

export async function getThreadViewerState(postId: number, viewer: Viewer): Promise<ThreadViewerState> {
  if (!viewer) return NOBODY
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      kind: true,
      title: true,
      body: true,
      status: true,
      visibility: true,
      authorId: true,
      deletedAt: true,
      skinNow: true,
      otherChanges: true,
      reactions: { where: { userId: viewer.id }, select: { kind: true } },
      bookmarks: { where: { userId: viewer.id }, select: { userId: true } },
      subscriptions: { where: { userId: viewer.id }, select: { userId: true } },
    },
  })
  if (!post) return NOBODY
  const editable = canEditPost(viewer, post)
  const showRevisions = canSeeRevisions(viewer, post)
  const [interventions, revisions] = await Promise.all([
    canAddStoryUpdate(viewer, post)
      ? db.postTag.findMany({
          where: { postId, tagKind: 'INTERVENTION' },
          orderBy: { tagId: 'asc' },
          select: { tagId: true, outcome: true, tag: { select: { name: true } } },
        })
      : Promise.resolve([]),
    showRevisions
      ? db.revision.findMany({
          where: { postId },
          orderBy: { createdAt: 'desc' },
          take: 50,
          select: { id: true, createdAt: true, title: true, body: true },
        })
      : Promise.resolve(null),
  ])
  return {
    signedIn: true,
    bookmarked: post.bookmarks.length > 0,
    following: post.subscriptions.length > 0,
    myHelpful: post.reactions.some((r) => r.kind === 'HELPFUL'),
    myMeToo: post.reactions.some((r) => r.kind === 'ME_TOO'),
    own: post.authorId === viewer.id,
    canDelete: canDeletePost(viewer, post),
    canAddUpdate: canAddStoryUpdate(viewer, post),
    editable: editable
      ? { title: post.title, body: post.body, skinNow: post.skinNow, otherChanges: post.otherChanges, visibility: post.visibility }
      : null,
    interventions: interventions.map((t) => ({ tagId: t.tagId, name: t.tag.name, outcome: t.outcome })),
    revisions: revisions ? revisions.map((r) => ({ id: r.id, createdAt: r.createdAt, title: r.title, bodyHtml: renderMarkdown(r.body) })) : null,
  }
}
