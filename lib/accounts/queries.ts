// Account reads. Public ones select only what a profile shows: never the email.
import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import type { Role, UserStatus } from '../generated/prisma/enums'
import { excerpt } from '../markdown/render'
import { canReadFullPost } from '../visibility'
import type { Viewer } from '../viewer'
import { publicWhere } from '../visibility-sql'
import { handleKey } from './policies'

export const PROFILE_PAGE_SIZE = 10
const COMMENT_EXCERPT_LENGTH = 200

export interface PublicProfile {
  id: string
  handle: string
  bio: string | null
  createdAt: Date
  conditions: { slug: string; name: string }[]
}

/** The profile behind a current handle, else null (see profileRedirect for former handles). */
export const getPublicProfile = cache(async (handle: string): Promise<PublicProfile | null> => {
  const user = await db.user.findUnique({
    where: { handleKey: handleKey(handle) },
    select: {
      id: true,
      handle: true,
      bio: true,
      createdAt: true,
      shownConditions: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: 'asc' } } },
    },
  })
  if (!user) return null
  return { id: user.id, handle: user.handle, bio: user.bio, createdAt: user.createdAt, conditions: user.shownConditions.map((c) => c.tag) }
})

/** The current handle of whoever used to go by `handle`. */
export async function currentHandleFor(formerHandle: string): Promise<string | null> {
  const redirect = await db.handleRedirect.findUnique({ where: { handleKey: handleKey(formerHandle) }, select: { user: { select: { handle: true } } } })
  return redirect?.user.handle ?? null
}

export interface Page<T> {
  items: T[]
  page: number
  hasMore: boolean
}

export interface ProfileStory {
  id: number
  title: string
  createdAt: Date
  commentCount: number
  helpfulCount: number
  membersOnly: boolean
}

export async function listProfileStories(userId: string, page: number): Promise<Page<ProfileStory>> {
  const rows = await db.post.findMany({
    where: { authorId: userId, kind: 'STORY', ...publicWhere },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * PROFILE_PAGE_SIZE,
    take: PROFILE_PAGE_SIZE + 1,
    select: { id: true, title: true, createdAt: true, commentCount: true, helpfulCount: true, visibility: true },
  })
  return {
    page,
    hasMore: rows.length > PROFILE_PAGE_SIZE,
    items: rows.slice(0, PROFILE_PAGE_SIZE).map(({ visibility, ...row }) => ({ ...row, membersOnly: visibility === 'MEMBERS' })),
  }
}

export interface ProfileComment {
  id: number
  postId: number
  postTitle: string
  createdAt: Date
  /** Empty when the thread is for members only and the viewer is not signed in. */
  excerpt: string
}

export async function listProfileComments(userId: string, viewer: Viewer, page: number): Promise<Page<ProfileComment>> {
  const rows = await db.comment.findMany({
    where: { authorId: userId, ...publicWhere, post: publicWhere },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * PROFILE_PAGE_SIZE,
    take: PROFILE_PAGE_SIZE + 1,
    select: {
      id: true,
      body: true,
      createdAt: true,
      post: { select: { id: true, title: true, status: true, visibility: true, authorId: true } },
    },
  })
  return {
    page,
    hasMore: rows.length > PROFILE_PAGE_SIZE,
    items: rows.slice(0, PROFILE_PAGE_SIZE).map((row) => ({
      id: row.id,
      postId: row.post.id,
      postTitle: row.post.title,
      createdAt: row.createdAt,
      excerpt: canReadFullPost(viewer, row.post) ? excerpt(row.body, COMMENT_EXCERPT_LENGTH) : '',
    })),
  }
}

/** The signed-in member's own settings, email included: only ever for its owner. */
export async function getOwnSettings(userId: string) {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      handle: true,
      email: true,
      emailVerifiedAt: true,
      bio: true,
      notifyReplies: true,
      notifyMentions: true,
      notifyFollowed: true,
      emailNotifications: true,
      shownConditions: { select: { tagId: true } },
    },
  })
}

export async function listConditionTags() {
  return db.tag.findMany({ where: { kind: 'CONDITION' }, orderBy: { name: 'asc' }, select: { id: true, name: true } })
}

export const ADMIN_USERS_PAGE_SIZE = 25

export interface AdminUserRow {
  id: string
  handle: string
  email: string | null
  role: Role
  status: UserStatus
  createdAt: Date
}

/** For admins only: callers check requireAdmin first. */
export async function listUsersForAdmin(query: string, page: number): Promise<Page<AdminUserRow>> {
  const q = query.trim().toLowerCase()
  const rows = await db.user.findMany({
    where: q ? { OR: [{ handleKey: { contains: q } }, { email: { contains: q } }] } : {},
    orderBy: [{ role: 'desc' }, { createdAt: 'asc' }],
    skip: (page - 1) * ADMIN_USERS_PAGE_SIZE,
    take: ADMIN_USERS_PAGE_SIZE + 1,
    select: { id: true, handle: true, email: true, role: true, status: true, createdAt: true },
  })
  return { page, hasMore: rows.length > ADMIN_USERS_PAGE_SIZE, items: rows.slice(0, ADMIN_USERS_PAGE_SIZE) }
}

export async function listRoleChanges(limit = 20) {
  return db.moderationAction.findMany({
    where: { action: 'ROLE_CHANGE' },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, createdAt: true, reason: true, details: true, actor: { select: { handle: true } }, targetUser: { select: { handle: true } } },
  })
}

export async function listOutbox(limit = 50) {
  return db.outboxMessage.findMany({ orderBy: { createdAt: 'desc' }, take: limit, select: { id: true, to: true, subject: true, text: true, createdAt: true } })
}

/** A page number from a search parameter: 1 unless it is a sane positive integer. */
export function pageParam(value: string | string[] | undefined): number {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}
