import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import { Prisma } from '../generated/prisma/client'
import type { ContentStatus, Outcome, PostKind, SkinNow, TagKind, Visibility } from '../generated/prisma/enums'
import { excerpt, renderMarkdown } from '../markdown/render'
import { paths, slugify } from '../paths'
import type { Viewer } from '../viewer'
import { publicWhere } from '../visibility-sql'
import { DELETED_TITLE, MEMBERS_ONLY_EXCERPT_LENGTH, REMOVED_TITLE, canReadFullPost, canSeePost, canSeePostTitle } from '../visibility'

export const NEWEST_STORIES_LIMIT = 20
const QUESTION_ANSWERS_SHOWN = 10

export const storyCardSelect = {
  id: true,
  kind: true,
  title: true,
  body: true,
  status: true,
  visibility: true,
  pinned: true,
  locked: true,
  skinNow: true,
  deletedAt: true,
  createdAt: true,
  lastActivityAt: true,
  commentCount: true,
  helpfulCount: true,
  meTooCount: true,
  authorId: true,
  author: { select: { handle: true } },
  tags: {
    select: { tagKind: true, initialOutcome: true, outcome: true, durationWeeks: true, tag: { select: { slug: true, name: true } } },
    orderBy: [{ tagKind: 'asc' }, { tagId: 'asc' }],
  },
} satisfies Prisma.PostSelect

export type StoryCardRow = Prisma.PostGetPayload<{ select: typeof storyCardSelect }>

export interface TagChip {
  slug: string
  name: string
  kind: TagKind
  outcome: Outcome | null
  /** The outcome first reported, when a follow-up has since changed it. */
  firstOutcome: Outcome | null
  durationWeeks: number | null
}

export interface StoryCard {
  id: number
  kind: PostKind
  title: string
  excerpt: string
  membersOnly: boolean
  pinned: boolean
  locked: boolean
  deleted: boolean
  skinNow: SkinNow | null
  createdAt: Date
  lastActivityAt: Date
  commentCount: number
  helpfulCount: number
  meTooCount: number
  authorHandle: string | null
  tags: TagChip[]
}

function toTagChips(tags: StoryCardRow['tags']): TagChip[] {
  return tags.map((t) => ({
    slug: t.tag.slug,
    name: t.tag.name,
    kind: t.tagKind,
    outcome: t.outcome,
    firstOutcome: t.initialOutcome !== t.outcome ? t.initialOutcome : null,
    durationWeeks: t.durationWeeks,
  }))
}

export function toStoryCard(row: StoryCardRow, viewer: Viewer): StoryCard {
  const full = canReadFullPost(viewer, row)
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    excerpt: row.deletedAt ? '' : excerpt(row.body, full ? 240 : MEMBERS_ONLY_EXCERPT_LENGTH),
    membersOnly: row.visibility === 'MEMBERS',
    pinned: row.pinned,
    locked: row.locked,
    deleted: row.deletedAt !== null,
    skinNow: row.skinNow,
    createdAt: row.createdAt,
    lastActivityAt: row.lastActivityAt,
    commentCount: row.commentCount,
    helpfulCount: row.helpfulCount,
    meTooCount: row.meTooCount,
    authorHandle: row.deletedAt ? null : (row.author?.handle ?? null),
    tags: toTagChips(row.tags),
  }
}

/** The newest visible stories, optionally only those carrying a tag. */
export async function listNewestStories(viewer: Viewer, limit = NEWEST_STORIES_LIMIT, tagId?: number): Promise<StoryCard[]> {
  const rows = await db.post.findMany({
    where: { kind: 'STORY', ...publicWhere, ...(tagId !== undefined ? { tags: { some: { tagId } } } : {}) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: storyCardSelect,
  })
  return rows.map((row) => toStoryCard(row, viewer))
}

export interface StoryUpdateView {
  id: number
  createdAt: Date
  bodyHtml: string
  skinNow: SkinNow | null
  outcomes: { slug: string; name: string; outcome: Outcome; durationWeeks: number | null }[]
}

export interface ThreadPost extends StoryCard {
  /** What the viewer may see of it: the title, or "[deleted]" / "[removed]" (canSeePostTitle). */
  title: string
  /** Empty unless the page shows it (a members-only story's teaser); the meta description. */
  excerpt: string
  /** The thread's URL, with the title's slug only when the viewer may see the title. */
  canonicalPath: string
  /** The slug the canonical URL carries; null when it carries none. */
  slug: string | null
  status: ContentStatus
  visibility: Visibility
  /** Null when the viewer may only see the excerpt, or the post was deleted or removed. */
  bodyHtml: string | null
  removalReason: string | null
  /** Only its author and the moderators can see a hidden story: "Hidden by moderators: <reason>". */
  hiddenNote: string | null
  otherChanges: string | null
  editedAt: Date | null
  question: { position: number; text: string; threadId: number } | null
  askedQuestion: {
    position: number
    articleSlug: string
    answers: { id: number; title: string; createdAt: Date; authorHandle: string | null }[]
  } | null
  updates: StoryUpdateView[]
  canReadFull: boolean
}

/** A thread's post for this viewer, or null when it does not exist for them (deduplicated per request). */
export const getThreadPost = cache(async (id: number, viewer: Viewer): Promise<ThreadPost | null> => {
  const row = await db.post.findUnique({
    where: { id },
    select: {
      ...storyCardSelect,
      removalReason: true,
      otherChanges: true,
      editedAt: true,
      question: { select: { position: true, text: true, threadId: true } },
      askedQuestion: {
        select: {
          position: true,
          article: { select: { slug: true } },
          answers: {
            where: publicWhere,
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: QUESTION_ANSWERS_SHOWN,
            select: { id: true, title: true, createdAt: true, author: { select: { handle: true } } },
          },
        },
      },
      updates: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          createdAt: true,
          body: true,
          skinNow: true,
          outcomes: { select: { outcome: true, durationWeeks: true, tag: { select: { slug: true, name: true } } } },
        },
      },
    },
  })
  if (!row || !canSeePost(viewer, row)) return null
  const canReadFull = canReadFullPost(viewer, row)
  const showBody = canReadFull && row.status !== 'REMOVED' && row.deletedAt === null
  // Everything built from the title or body (the page's <title>, description, canonical link
  // and slug redirect) comes from these fields, so what the page withholds goes nowhere else.
  const showTitle = canSeePostTitle(viewer, row)
  const card = toStoryCard(row, viewer)
  return {
    ...card,
    title: showTitle ? row.title : row.deletedAt ? DELETED_TITLE : REMOVED_TITLE,
    excerpt: showTitle && row.status !== 'REMOVED' ? card.excerpt : '',
    canonicalPath: showTitle ? paths.thread(row.id, row.title) : paths.thread(row.id),
    slug: showTitle ? slugify(row.title) : null,
    status: row.status,
    visibility: row.visibility,
    bodyHtml: showBody ? renderMarkdown(row.body) : null,
    removalReason: row.status === 'REMOVED' ? (row.removalReason ?? 'Removed by a moderator.') : null,
    hiddenNote: row.status === 'HIDDEN' ? `Hidden by moderators: ${row.removalReason ?? 'pending review'}` : null,
    otherChanges: showBody ? row.otherChanges : null,
    editedAt: row.editedAt,
    question: row.question,
    askedQuestion: row.askedQuestion
      ? {
          position: row.askedQuestion.position,
          articleSlug: row.askedQuestion.article.slug,
          answers: row.askedQuestion.answers.map((a) => ({ id: a.id, title: a.title, createdAt: a.createdAt, authorHandle: a.author?.handle ?? null })),
        }
      : null,
    updates: showBody
      ? row.updates.map((u) => ({
          id: u.id,
          createdAt: u.createdAt,
          bodyHtml: renderMarkdown(u.body),
          skinNow: u.skinNow,
          outcomes: u.outcomes.map((o) => ({ slug: o.tag.slug, name: o.tag.name, outcome: o.outcome, durationWeeks: o.durationWeeks })),
        }))
      : [],
    canReadFull,
  }
})
