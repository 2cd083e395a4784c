// "Export my data": everything a member created, as one JSON document. Private to its owner.
import 'server-only'
import { db } from '../db'

export const EXPORT_FORMAT_VERSION = 1

export async function exportUserData(userId: string, now = new Date()) {
  const [profile, stories, comments, postReactions, commentReactions, bookmarks, subscriptions, reportsFiled] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        handle: true,
        email: true,
        emailVerifiedAt: true,
        role: true,
        status: true,
        suspendedUntil: true,
        bio: true,
        createdAt: true,
        notifyReplies: true,
        notifyMentions: true,
        notifyFollowed: true,
        emailNotifications: true,
        shownConditions: { select: { tag: { select: { slug: true, name: true } } } },
        consents: { select: { kind: true, policyVersion: true, grantedAt: true, withdrawnAt: true }, orderBy: { grantedAt: 'asc' } },
        handleRedirects: { select: { handleKey: true, createdAt: true } },
      },
    }),
    db.post.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        status: true,
        visibility: true,
        skinNow: true,
        otherChanges: true,
        createdAt: true,
        editedAt: true,
        deletedAt: true,
        tags: {
          select: {
            tagKind: true,
            initialOutcome: true,
            outcome: true,
            initialDurationWeeks: true,
            durationWeeks: true,
            note: true,
            tag: { select: { slug: true, name: true } },
          },
        },
        updates: {
          orderBy: { createdAt: 'asc' },
          select: {
            body: true,
            skinNow: true,
            createdAt: true,
            outcomes: { select: { outcome: true, durationWeeks: true, note: true, tag: { select: { slug: true, name: true } } } },
          },
        },
      },
    }),
    db.comment.findMany({
      where: { authorId: userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, postId: true, parentId: true, body: true, status: true, createdAt: true, editedAt: true, deletedAt: true },
    }),
    db.postReaction.findMany({ where: { userId }, select: { postId: true, kind: true, createdAt: true } }),
    db.commentReaction.findMany({ where: { userId }, select: { commentId: true, kind: true, createdAt: true } }),
    db.bookmark.findMany({ where: { userId }, select: { postId: true, createdAt: true } }),
    db.threadSubscription.findMany({ where: { userId }, select: { postId: true, createdAt: true } }),
    db.report.findMany({
      where: { reporterId: userId },
      select: { targetType: true, postId: true, commentId: true, reason: true, note: true, status: true, createdAt: true },
    }),
  ])
  return {
    format: 'whathelped-export',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    profile: {
      ...profile,
      shownConditions: profile.shownConditions.map((c) => c.tag),
      formerHandles: profile.handleRedirects.map((r) => ({ handle: r.handleKey, changedAt: r.createdAt })),
      handleRedirects: undefined,
    },
    stories: stories.map((story) => ({
      ...story,
      tags: story.tags.map(({ tag, tagKind, ...outcome }) => ({ ...tag, kind: tagKind, ...(tagKind === 'INTERVENTION' ? outcome : {}) })),
      updates: story.updates.map((update) => ({ ...update, outcomes: update.outcomes.map(({ tag, ...o }) => ({ ...tag, ...o })) })),
    })),
    comments,
    reactions: { posts: postReactions, comments: commentReactions },
    bookmarks,
    follows: subscriptions,
    reportsFiled,
  }
}

export type UserDataExport = Awaited<ReturnType<typeof exportUserData>>
