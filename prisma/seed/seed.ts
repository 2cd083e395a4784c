// Idempotent demo seed: the article and its questions, the tag catalogue, demo accounts and the
// demo stories. Running it twice changes nothing the second time.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { HEALTH_POLICY_VERSION } from '../../lib/accounts/constants'
import { hashPassword } from '../../lib/accounts/password'
import { childPath } from '../../lib/comments/tree'
import type { PrismaClient } from '../../lib/generated/prisma/client'
import { ARTICLE, ARTICLE_QUESTIONS } from './data/article'
import { QUESTION_REPLIES } from './data/question-replies'
import { buildDemoStories } from './data/stories'
import { CONDITIONS, INTERVENTIONS } from './data/tags'
import type { SeedComment, SeedStory } from './data/types'
import { DEMO_USERS } from './data/users'
import { recomputeCounters } from './counters'

export { HEALTH_POLICY_VERSION }
const DEMO_STORIES_SETTING = 'seed.demoStories'
const HOUR = 3_600_000
const DAY = 24 * HOUR

const here = path.dirname(fileURLToPath(import.meta.url))

function readArticleBody(): string {
  const candidates = [
    path.join(here, 'data', 'gut-skin-article.md'),
    path.join(process.cwd(), 'prisma', 'seed', 'data', 'gut-skin-article.md'),
  ]
  const file = candidates.find((candidate) => fs.existsSync(candidate))
  if (!file) throw new Error('prisma/seed/data/gut-skin-article.md is missing')
  return fs.readFileSync(file, 'utf8')
}

export async function seedTags(db: PrismaClient): Promise<Map<string, number>> {
  const all = [
    ...CONDITIONS.map((tag) => ({ ...tag, kind: 'CONDITION' as const, category: null })),
    ...INTERVENTIONS.map((tag) => ({ ...tag, kind: 'INTERVENTION' as const })),
  ]
  const existing = new Map((await db.tag.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]))
  const missing = all.filter((tag) => !existing.has(tag.slug))
  if (missing.length) {
    const created = await db.tag.createManyAndReturn({
      data: missing.map(({ slug, name, synonyms, description, kind, category }) => ({
        slug, name, synonyms, description, kind, category,
      })),
      select: { id: true, slug: true },
    })
    for (const tag of created) existing.set(tag.slug, tag.id)
  }
  return existing
}

export async function seedUsers(db: PrismaClient, tagIds: Map<string, number>): Promise<Map<string, string>> {
  const ids = new Map<string, string>()
  const existing = await db.user.findMany({
    where: { handleKey: { in: DEMO_USERS.map((u) => u.handle.toLowerCase()) } },
    select: { id: true, handle: true },
  })
  for (const user of existing) ids.set(user.handle, user.id)
  for (const user of DEMO_USERS.filter((u) => !ids.has(u.handle))) {
    const created = await db.user.create({
      data: {
        handle: user.handle,
        handleKey: user.handle.toLowerCase(),
        email: user.email,
        emailVerifiedAt: new Date(),
        passwordHash: await hashPassword(user.password),
        role: user.role,
        bio: user.bio,
        createdAt: new Date(Date.now() - 420 * DAY),
        approvedPostCount: 10,
        consents: { create: { kind: 'HEALTH_DATA', policyVersion: HEALTH_POLICY_VERSION } },
        shownConditions: {
          create: (user.shows ?? []).map((slug) => ({ tagId: tagIdOrThrow(tagIds, slug) })),
        },
      },
      select: { id: true },
    })
    ids.set(user.handle, created.id)
  }
  return ids
}

export async function seedArticle(db: PrismaClient, userIds: Map<string, string>): Promise<Map<number, number>> {
  const adminId = userIdOrThrow(userIds, 'admin')
  const fields = { title: ARTICLE.title, summary: ARTICLE.summary, body: readArticleBody(), sourceUrl: null }
  const article = await db.article.upsert({
    where: { slug: ARTICLE.slug },
    update: fields,
    create: { slug: ARTICLE.slug, ...fields, publishedAt: new Date(Date.now() - 430 * DAY) },
    select: { id: true, questions: { select: { id: true, position: true } } },
  })
  const questionIds = new Map(article.questions.map((q) => [q.position, q.id]))
  for (const [index, text] of ARTICLE_QUESTIONS.entries()) {
    const position = index + 1
    if (questionIds.has(position)) continue
    const createdAt = new Date(Date.now() - (425 - index) * DAY)
    const question = await db.articleQuestion.create({
      data: {
        position,
        text,
        article: { connect: { id: article.id } },
        thread: {
          create: {
            kind: 'DISCUSSION',
            title: text,
            body:
              `This question closes the article **${ARTICLE.title}**.\n\n` +
              `> ${text}\n\n` +
              'Answer it here, or write your own story and link it to this question so others can ' +
              'see what you tried and how it went.',
            authorId: adminId,
            pinned: true,
            createdAt,
            lastActivityAt: createdAt,
            subscriptions: { create: { userId: adminId } },
          },
        },
      },
      select: { id: true, threadId: true },
    })
    await insertCommentTree(db, question.threadId, createdAt, QUESTION_REPLIES[position as 1 | 2 | 3 | 4], userIds)
    questionIds.set(position, question.id)
  }
  return questionIds
}

/** Inserts one story with its tags, updates, comments and reactions; counters come later. */
async function insertStory(
  db: PrismaClient,
  story: SeedStory,
  tagIds: Map<string, number>,
  userIds: Map<string, string>,
  questionIds: Map<number, number>,
): Promise<void> {
  const createdAt = new Date(Date.now() - story.daysAgo * DAY)
  const onlyChange = story.tried.length === 1 && !story.otherChanges
  // The newest outcome counts: a follow-up's outcome replaces the current one, never the initial.
  const latest = new Map(story.tried.map((t) => [t.slug, { outcome: t.outcome, durationWeeks: t.durationWeeks }]))
  for (const update of [...(story.updates ?? [])].sort((a, b) => a.daysAfter - b.daysAfter)) {
    for (const o of update.outcomes) {
      latest.set(o.slug, { outcome: o.outcome, durationWeeks: o.durationWeeks ?? latest.get(o.slug)?.durationWeeks })
    }
  }
  const authorId = userIdOrThrow(userIds, story.author)
  const post = await db.post.create({
    data: {
      kind: story.kind,
      title: story.title,
      body: story.body,
      visibility: story.visibility ?? 'PUBLIC',
      authorId,
      questionId: story.answersQuestion ? questionIds.get(story.answersQuestion) : undefined,
      skinNow: story.skinNow,
      otherChanges: story.otherChanges,
      createdAt,
      lastActivityAt: createdAt,
      tags: {
        create: [
          ...story.conditions.map((slug) => ({ tagId: tagIdOrThrow(tagIds, slug), tagKind: 'CONDITION' as const, createdAt })),
          ...story.tried.map((t) => ({
            tagId: tagIdOrThrow(tagIds, t.slug),
            tagKind: 'INTERVENTION' as const,
            initialOutcome: t.outcome,
            outcome: latest.get(t.slug)?.outcome,
            initialDurationWeeks: t.durationWeeks,
            durationWeeks: latest.get(t.slug)?.durationWeeks,
            note: t.note,
            onlyChange,
            createdAt,
          })),
        ],
      },
      subscriptions: { create: { userId: authorId, createdAt } },
      reactions: {
        create: [
          ...(story.helpfulBy ?? []).map((handle) => ({ userId: userIdOrThrow(userIds, handle), kind: 'HELPFUL' as const })),
          ...(story.meTooBy ?? []).map((handle) => ({ userId: userIdOrThrow(userIds, handle), kind: 'ME_TOO' as const })),
        ],
      },
      updates: {
        create: (story.updates ?? []).map((update) => ({
          authorId,
          body: update.body,
          skinNow: update.skinNow,
          createdAt: new Date(createdAt.getTime() + update.daysAfter * DAY),
          outcomes: {
            create: update.outcomes.map((o) => ({
              tagId: tagIdOrThrow(tagIds, o.slug),
              outcome: o.outcome,
              durationWeeks: o.durationWeeks,
              note: o.note,
            })),
          },
        })),
      },
    },
    select: { id: true },
  })

  await insertCommentTree(db, post.id, createdAt, story.comments, userIds)
}

/** Inserts a tree of comments under a post, numbered and pathed as the app does. */
async function insertCommentTree(
  db: PrismaClient,
  postId: number,
  postedAt: Date,
  comments: SeedComment[],
  userIds: Map<string, string>,
): Promise<void> {
  let seq = 0
  const insertLevel = async (level: SeedComment[], parent: { id: number; path: string; at: Date; depth: number } | null) => {
    for (const comment of level) {
      seq += 1
      const at = new Date((parent?.at ?? postedAt).getTime() + comment.hoursLater * HOUR)
      const path = childPath(parent?.path ?? null, seq)
      const depth = parent ? parent.depth + 1 : 0
      const created = await db.comment.create({
        data: {
          postId,
          authorId: userIdOrThrow(userIds, comment.author),
          parentId: parent?.id,
          depth,
          path,
          body: comment.body,
          createdAt: at,
          reactions: {
            create: (comment.helpfulBy ?? []).map((handle) => ({ userId: userIdOrThrow(userIds, handle), kind: 'HELPFUL' as const })),
          },
        },
        select: { id: true },
      })
      await insertLevel(comment.replies ?? [], { id: created.id, path, at, depth })
    }
  }
  await insertLevel(comments, null)
  await db.post.update({ where: { id: postId }, data: { commentSeq: seq } })
}

export async function seedStories(
  db: PrismaClient,
  tagIds: Map<string, number>,
  userIds: Map<string, string>,
  questionIds: Map<number, number>,
): Promise<number> {
  const done = await db.setting.findUnique({ where: { key: DEMO_STORIES_SETTING } })
  if (done) return 0
  const stories = buildDemoStories()
  for (const story of stories) await insertStory(db, story, tagIds, userIds, questionIds)
  await db.setting.create({ data: { key: DEMO_STORIES_SETTING, value: { count: stories.length, at: new Date().toISOString() } } })
  return stories.length
}

/** Seeds everything; returns a one-line summary. */
export async function seed(db: PrismaClient): Promise<string> {
  const tagIds = await seedTags(db)
  const userIds = await seedUsers(db, tagIds)
  const questionIds = await seedArticle(db, userIds)
  const stories = await seedStories(db, tagIds, userIds, questionIds)
  await recomputeCounters(db)
  return `${tagIds.size} tags, ${userIds.size} demo users, ${questionIds.size} article questions, ${stories} new stories`
}

function tagIdOrThrow(tagIds: Map<string, number>, slug: string): number {
  const id = tagIds.get(slug)
  if (id === undefined) throw new Error(`seed: unknown tag "${slug}"`)
  return id
}

function userIdOrThrow(userIds: Map<string, string>, handle: string): string {
  const id = userIds.get(handle)
  if (id === undefined) throw new Error(`seed: unknown user "${handle}"`)
  return id
}
