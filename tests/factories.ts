// Test data builders: each test creates exactly what it needs in its own database.
import crypto from 'node:crypto'
import { childPath } from '@/lib/comments/tree'
import { db } from '@/lib/db'
import type { ContentStatus, Outcome, PostKind, Role, TagKind, Visibility } from '@/lib/generated/prisma/enums'

let counter = 0
const unique = (prefix: string) => `${prefix}${++counter}_${crypto.randomBytes(3).toString('hex')}`

export async function createUser(overrides: { handle?: string; email?: string; role?: Role; passwordHash?: string } = {}) {
  const handle = overrides.handle ?? unique('user')
  return db.user.create({
    data: {
      handle,
      handleKey: handle.toLowerCase(),
      email: overrides.email ?? `${handle.toLowerCase()}@example.test`,
      passwordHash: overrides.passwordHash ?? null,
      role: overrides.role ?? 'MEMBER',
    },
    select: { id: true, handle: true, email: true, role: true },
  })
}

export async function createTag(overrides: { kind?: TagKind; slug?: string; name?: string; synonyms?: string[] } = {}) {
  const slug = overrides.slug ?? unique('tag-').replace(/_/g, '-')
  return db.tag.create({
    data: {
      kind: overrides.kind ?? 'CONDITION',
      slug,
      name: overrides.name ?? slug,
      synonyms: overrides.synonyms ?? [],
      category: (overrides.kind ?? 'CONDITION') === 'INTERVENTION' ? 'OTHER' : null,
    },
    select: { id: true, slug: true, name: true, kind: true },
  })
}

export interface StoryInput {
  authorId: string
  title?: string
  body?: string
  kind?: PostKind
  status?: ContentStatus
  visibility?: Visibility
  createdAt?: Date
  deletedAt?: Date
  conditions?: { id: number }[]
  tried?: { tag: { id: number }; outcome: Outcome; durationWeeks?: number }[]
}

export async function createStory(input: StoryInput) {
  const createdAt = input.createdAt ?? new Date()
  const tried = input.tried ?? []
  return db.post.create({
    data: {
      kind: input.kind ?? 'STORY',
      title: input.title ?? unique('A story '),
      body: input.body ?? 'What I tried and how it went.',
      status: input.status ?? 'VISIBLE',
      visibility: input.visibility ?? 'PUBLIC',
      authorId: input.authorId,
      createdAt,
      lastActivityAt: createdAt,
      deletedAt: input.deletedAt,
      tags: {
        create: [
          ...(input.conditions ?? []).map((tag) => ({ tagId: tag.id, tagKind: 'CONDITION' as const })),
          ...tried.map((t) => ({
            tagId: t.tag.id,
            tagKind: 'INTERVENTION' as const,
            initialOutcome: t.outcome,
            outcome: t.outcome,
            initialDurationWeeks: t.durationWeeks,
            durationWeeks: t.durationWeeks,
            onlyChange: tried.length === 1,
          })),
        ],
      },
    },
    select: { id: true, title: true, authorId: true },
  })
}

/** Adds a comment the way the app numbers them: next sequence number, path under the parent. */
export async function createComment(input: { postId: number; authorId: string; parentId?: number; body?: string; status?: ContentStatus; createdAt?: Date }) {
  return db.$transaction(async (tx) => {
    const post = await tx.post.update({
      where: { id: input.postId },
      data: { commentSeq: { increment: 1 }, commentCount: { increment: (input.status ?? 'VISIBLE') === 'VISIBLE' ? 1 : 0 } },
      select: { commentSeq: true },
    })
    const parent = input.parentId
      ? await tx.comment.findUniqueOrThrow({ where: { id: input.parentId }, select: { path: true, depth: true } })
      : null
    return tx.comment.create({
      data: {
        postId: input.postId,
        authorId: input.authorId,
        parentId: input.parentId,
        depth: parent ? parent.depth + 1 : 0,
        path: childPath(parent?.path ?? null, post.commentSeq),
        body: input.body ?? unique('A reply '),
        status: input.status ?? 'VISIBLE',
        createdAt: input.createdAt,
      },
      select: { id: true, path: true, depth: true },
    })
  })
}

/** A member who can sign in: a real argon2id hash of `password`, and a consent record. */
export async function createMember(overrides: { handle?: string; email?: string; role?: Role; password?: string } = {}) {
  const { hashPassword } = await import('@/lib/accounts/password')
  const user = await createUser({ ...overrides, passwordHash: await hashPassword(overrides.password ?? 'a long test password') })
  await db.consentRecord.create({ data: { userId: user.id, kind: 'HEALTH_DATA', policyVersion: 'test' } })
  return { ...user, email: user.email! }
}
