import fs from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SEGMENT_WIDTH } from '@/lib/comments/tree'
import { db } from '@/lib/db'
import { ARTICLE_QUESTIONS } from '@/prisma/seed/data/article'
import { DEMO_USERS } from '@/prisma/seed/data/users'
import { seedScale } from '@/prisma/seed/scale'
import { seed } from '@/prisma/seed/seed'

const TABLES = ['User', 'Tag', 'Article', 'ArticleQuestion', 'Post', 'PostTag', 'Comment', 'StoryUpdate',
  'StoryUpdateOutcome', 'PostReaction', 'CommentReaction', 'ThreadSubscription', 'ConsentRecord', 'UserCondition'] as const

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const table of TABLES) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table}"`)
    counts[table] = row?.n ?? 0
  }
  return counts
}

describe('the demo seed', () => {
  let firstRun: Record<string, number>

  beforeAll(async () => {
    await seed(db)
    firstRun = await rowCounts()
  }, 180_000)

  it('quotes the article questions exactly as the article asks them', async () => {
    const shared = path.resolve(import.meta.dirname, '../../../shared/article/gut-skin-article.txt')
    const source = fs.readFileSync(fs.existsSync(shared) ? shared : path.resolve('prisma/seed/data/gut-skin-article.md'), 'utf8')
    const questions = await db.articleQuestion.findMany({
      orderBy: { position: 'asc' },
      select: { text: true, thread: { select: { kind: true, title: true } } },
    })
    expect(questions.map((q) => q.text)).toEqual([...ARTICLE_QUESTIONS])
    for (const q of questions) {
      expect(source).toContain(q.text)
      expect(q.thread).toEqual({ kind: 'DISCUSSION', title: q.text })
    }
  })

  it('has a catalogue of at least 10 conditions and 30 interventions, with synonyms', async () => {
    expect(await db.tag.count({ where: { kind: 'CONDITION' } })).toBeGreaterThanOrEqual(10)
    expect(await db.tag.count({ where: { kind: 'INTERVENTION' } })).toBeGreaterThanOrEqual(30)
    const eczema = await db.tag.findUniqueOrThrow({ where: { slug: 'eczema' }, select: { synonyms: true } })
    expect(eczema.synonyms).toContain('atopic dermatitis')
    const lgg = await db.tag.findFirstOrThrow({ where: { synonyms: { has: 'lgg' } }, select: { name: true } })
    expect(lgg.name).toBe('Lactobacillus rhamnosus GG')
    for (const strain of ['Lactobacillus rhamnosus GG', 'Bifidobacterium longum', 'Lactobacillus plantarum']) {
      expect(await db.tag.count({ where: { name: strain, kind: 'INTERVENTION', category: 'PROBIOTIC' } })).toBe(1)
    }
  })

  it('creates the demo accounts with their roles, hashed passwords and consent', async () => {
    const users = await db.user.findMany({ select: { handle: true, role: true, passwordHash: true, consents: { select: { kind: true } } } })
    expect(users).toHaveLength(DEMO_USERS.length)
    expect(users.find((u) => u.handle === 'admin')?.role).toBe('ADMIN')
    expect(users.find((u) => u.handle === 'mod_maya')?.role).toBe('MODERATOR')
    for (const user of users) {
      expect(user.passwordHash).toMatch(/^\$argon2id\$/)
      expect(user.consents).toEqual([{ kind: 'HEALTH_DATA' }])
    }
  })

  it('creates at least 60 stories with replies, outcomes and follow-ups', async () => {
    expect(await db.post.count({ where: { kind: 'STORY' } })).toBeGreaterThanOrEqual(60)
    expect(await db.post.count({ where: { kind: 'STORY', comments: { none: {} } } })).toBe(0)
    expect(await db.postTag.count({ where: { tagKind: 'INTERVENTION', outcome: null } })).toBe(0)
    expect(await db.storyUpdate.count()).toBeGreaterThan(0)
    expect(await db.post.count({ where: { visibility: 'MEMBERS' } })).toBeGreaterThan(0)
    expect(await db.post.count({ where: { questionId: { not: null } } })).toBeGreaterThan(0)
  })

  it('keeps the newest outcome current and the first one as said', async () => {
    const stale = await db.$queryRaw<{ postId: number }[]>`
      SELECT pt."postId" FROM "PostTag" pt
      JOIN LATERAL (
        SELECT suo.outcome FROM "StoryUpdateOutcome" suo JOIN "StoryUpdate" su ON su.id = suo."updateId"
        WHERE su."postId" = pt."postId" AND suo."tagId" = pt."tagId"
        ORDER BY su."createdAt" DESC LIMIT 1
      ) latest ON true
      WHERE pt.outcome IS DISTINCT FROM latest.outcome`
    expect(stale).toEqual([])
    const [changed] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "PostTag" WHERE "initialOutcome" IS DISTINCT FROM outcome`
    expect(changed?.n).toBeGreaterThan(0)
  })

  it('gives every comment a path that continues its parent and matches its depth', async () => {
    const broken = await db.$queryRaw<{ id: number }[]>`
      SELECT c.id FROM "Comment" c LEFT JOIN "Comment" p ON p.id = c."parentId"
      WHERE length(c.path) <> (c.depth + 1) * ${SEGMENT_WIDTH}
         OR (c."parentId" IS NULL AND c.depth <> 0)
         OR (p.id IS NOT NULL AND (NOT starts_with(c.path, p.path) OR c.depth <> p.depth + 1 OR p."postId" <> c."postId"))`
    expect(broken).toEqual([])
  })

  it('keeps every denormalised counter equal to what it counts', async () => {
    const wrongPosts = await db.$queryRaw<{ id: number }[]>`
      SELECT p.id FROM "Post" p
      WHERE p."commentCount" <> (SELECT count(*) FROM "Comment" c WHERE c."postId" = p.id AND c.status = 'VISIBLE' AND c."deletedAt" IS NULL)
         OR p."helpfulCount" <> (SELECT count(*) FROM "PostReaction" r WHERE r."postId" = p.id AND r.kind = 'HELPFUL')
         OR p."commentSeq" < (SELECT count(*) FROM "Comment" c WHERE c."postId" = p.id)
         OR p."lastActivityAt" < coalesce((SELECT max("createdAt") FROM "Comment" c WHERE c."postId" = p.id), p."createdAt")`
    expect(wrongPosts).toEqual([])
    const wrongTags = await db.$queryRaw<{ id: number }[]>`
      SELECT t.id FROM "Tag" t
      WHERE t."postCount" <> (SELECT count(*) FROM "PostTag" pt JOIN "Post" p ON p.id = pt."postId"
                               WHERE pt."tagId" = t.id AND p.status = 'VISIBLE' AND p."deletedAt" IS NULL)`
    expect(wrongTags).toEqual([])
  })

  it('fills the full-text search column', async () => {
    const [row] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Post" WHERE "searchVector" @@ websearch_to_tsquery('english', 'probiotic')`
    expect(row?.n).toBeGreaterThan(0)
  })

  it('is idempotent: a second run adds nothing', async () => {
    await seed(db)
    expect(await rowCounts()).toEqual(firstRun)
  }, 120_000)

  it('loads synthetic stories at scale with valid trees and tag counts', async () => {
    const before = await db.post.count()
    const result = await seedScale(db, 300, () => {})
    expect(result).toMatchObject({ stories: 300, comments: 3000 })
    expect(await db.post.count()).toBe(before + 300)
    const [orphans] = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Comment" c LEFT JOIN "Comment" p ON p.id = c."parentId"
      WHERE c."parentId" IS NOT NULL AND (p.id IS NULL OR NOT starts_with(c.path, p.path) OR p."postId" <> c."postId")`
    expect(orphans?.n).toBe(0)
    // Sequences continue after the explicit ids.
    const author = await db.user.findFirstOrThrow({ select: { id: true } })
    const next = await db.post.create({ data: { kind: 'STORY', title: 'after scale', body: 'x', authorId: author.id }, select: { id: true } })
    expect(next.id).toBeGreaterThan(before + 300)
  }, 180_000)
})
