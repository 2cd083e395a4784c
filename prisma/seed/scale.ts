// Bulk synthetic content for benchmarks: `npm run db:seed -- --scale N` adds N stories with
// ~10 comments each. Rows are generated inside PostgreSQL (generate_series) in batches, with
// ids assigned up front so comment parents are known without a round trip; the heaviest
// secondary indexes are dropped during the load and rebuilt once at the end.
import { Prisma, type PrismaClient } from '../../lib/generated/prisma/client'
import { SEGMENT_WIDTH } from '../../lib/comments/tree'
import { hashPassword } from '../../lib/accounts/password'
import { recountAllTags } from '../../lib/tag-counts'

const BATCH_POSTS = 25_000
const USERS_PER_1000_STORIES = 20
const MAX_SYNTHETIC_USERS = 50_000

// Every story gets this comment tree: [sequence, parent sequence or 0].
const COMMENT_SHAPE: ReadonlyArray<readonly [number, number]> = [
  [1, 0], [2, 1], [3, 2], [4, 0], [5, 4], [6, 0], [7, 1], [8, 7], [9, 0], [10, 9],
]
const COMMENTS_PER_STORY = COMMENT_SHAPE.length

const OPENERS = [
  'I have had this for years and finally kept notes.',
  'Posting because the article made me curious.',
  'Long story short: it took patience.',
  'My dermatologist suggested I track what I change.',
  'Not a miracle, but worth writing down.',
  'I was skeptical about the gut-skin idea at first.',
  'Winter is always the worst for me.',
  'Sharing in case it helps someone in the same spot.',
]
const MIDDLES = [
  'I started {i} and kept everything else the same as far as I could.',
  'The first two weeks were rough, then things settled with {i}.',
  'I combined {i} with a simpler skincare routine.',
  'I tried {i} after a bad flare in the spring.',
  'A friend swore by {i}, so I gave it three months.',
  'I logged my skin every morning while on {i}.',
]
const CLOSERS = [
  'Fewer breakouts now, and the redness calmed down.',
  'Honestly no change that I could see.',
  'It got worse before it got better.',
  'Itching is down a lot, sleep is better.',
  'Still figuring out my triggers.',
  'I would try it again, but with lower expectations.',
]
const COMMENT_BODIES = [
  'Thanks for writing this up, very similar to my experience.',
  'How long did it take before you noticed anything?',
  'Did you change anything else at the same time?',
  'Same here, sugar is my biggest trigger.',
  'Worth talking to a dermatologist before trying that dose.',
  'This gives me hope, two weeks in myself.',
  'Did not work for me, but glad it did for you.',
  'Which brand did you use?',
]
const OUTCOMES = ['HELPED_A_LOT', 'HELPED', 'HELPED', 'NO_CHANGE', 'NO_CHANGE', 'WORSE'] as const
const SKIN_NOW = ['BETTER', 'BETTER', 'SAME', 'WORSE'] as const

export interface ScaleResult {
  stories: number
  comments: number
  users: number
  seconds: number
}

function segment(seq: number): string {
  return seq.toString(36).padStart(SEGMENT_WIDTH, '0')
}

// Indexes rebuilt after the load: building once is far faster than maintaining per row.
const DEFERRED_INDEXES = [
  { name: 'Comment_searchVector_idx', sql: 'CREATE INDEX "Comment_searchVector_idx" ON "Comment" USING GIN ("searchVector")' },
  { name: 'Post_searchVector_idx', sql: 'CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector")' },
  { name: 'Comment_authorId_createdAt_idx', sql: 'CREATE INDEX "Comment_authorId_createdAt_idx" ON "Comment"("authorId", "createdAt" DESC)' },
  { name: 'Comment_postId_createdAt_idx', sql: 'CREATE INDEX "Comment_postId_createdAt_idx" ON "Comment"("postId", "createdAt" DESC)' },
  { name: 'Comment_parentId_idx', sql: 'CREATE INDEX "Comment_parentId_idx" ON "Comment"("parentId")' },
] as const

export async function seedScale(db: PrismaClient, stories: number, log: (line: string) => void = console.info): Promise<ScaleResult> {
  const started = performance.now()
  const tags = await db.tag.findMany({ select: { id: true, kind: true, name: true }, orderBy: { id: 'asc' } })
  const conditions = tags.filter((t) => t.kind === 'CONDITION')
  const interventions = tags.filter((t) => t.kind === 'INTERVENTION')
  if (!conditions.length || !interventions.length) throw new Error('seed the tag catalogue first (npm run db:seed)')

  const userCount = Math.min(MAX_SYNTHETIC_USERS, Math.max(10, Math.ceil((stories / 1000) * USERS_PER_1000_STORIES)))
  const userIds = await ensureSyntheticUsers(db, userCount)

  const [bases] = await db.$queryRaw<{ postBase: number; commentBase: number }[]>`
    SELECT coalesce((SELECT max(id) FROM "Post"), 0)::int AS "postBase",
           coalesce((SELECT max(id) FROM "Comment"), 0)::int AS "commentBase"`
  const postBase = bases?.postBase ?? 0
  const commentBase = bases?.commentBase ?? 0

  for (const index of DEFERRED_INDEXES) await db.$executeRawUnsafe(`DROP INDEX IF EXISTS "${index.name}"`)

  const shapeSeq = COMMENT_SHAPE.map(([seq]) => seq)
  const shapeParent = COMMENT_SHAPE.map(([, parent]) => parent)
  const shapePath = COMMENT_SHAPE.map(([seq]) => {
    const chain: number[] = [seq]
    let parent = COMMENT_SHAPE.find(([s]) => s === seq)?.[1] ?? 0
    while (parent) {
      chain.unshift(parent)
      parent = COMMENT_SHAPE.find(([s]) => s === parent)?.[1] ?? 0
    }
    return chain.map(segment).join('')
  })
  const shapeDepth = shapePath.map((p) => p.length / SEGMENT_WIDTH - 1)
  const conditionIds = conditions.map((t) => t.id)
  const interventionIds = interventions.map((t) => t.id)
  const interventionNames = interventions.map((t) => t.name.toLowerCase())
  const now = Date.now()
  // Spread stories over the last three years, newest with the highest id.
  const spanSeconds = 3 * 365 * 24 * 3600

  for (let from = 1; from <= stories; from += BATCH_POSTS) {
    const to = Math.min(stories, from + BATCH_POSTS - 1)
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`
        INSERT INTO "Post" (id, kind, title, body, status, visibility, "authorId", "skinNow", "createdAt", "updatedAt",
                            "lastActivityAt", "commentCount", "commentSeq", "helpfulCount", "meTooCount", "tagIds")
        SELECT ${postBase}::int + g,
               (CASE WHEN g % 25 = 0 THEN 'DISCUSSION' ELSE 'STORY' END)::"PostKind",
               'Story ' || g || ': ' || (${interventionNames}::text[])[1 + (g * 7) % ${interventionNames.length}::int]
                 || ' for ' || (${conditions.map((c) => c.name.toLowerCase())}::text[])[1 + g % ${conditionIds.length}::int],
               (${OPENERS}::text[])[1 + g % ${OPENERS.length}::int] || E'\n\n' ||
                 replace((${MIDDLES}::text[])[1 + (g / 3) % ${MIDDLES.length}::int], '{i}',
                         (${interventionNames}::text[])[1 + (g * 7) % ${interventionNames.length}::int]) || E'\n\n' ||
                 (${CLOSERS}::text[])[1 + (g / 7) % ${CLOSERS.length}::int],
               'VISIBLE'::"ContentStatus",
               (CASE WHEN g % 20 = 0 THEN 'MEMBERS' ELSE 'PUBLIC' END)::"Visibility",
               (${userIds}::text[])[1 + (g * 31) % ${userIds.length}::int],
               (${SKIN_NOW}::text[])[1 + g % ${SKIN_NOW.length}::int]::"SkinNow",
               ts, ts, ts + interval '1 hour' * ${COMMENTS_PER_STORY}::int,
               ${COMMENTS_PER_STORY}::int, ${COMMENTS_PER_STORY}::int, (g * 13) % 17, (g * 5) % 7,
               -- What the PostTag inserts below give "tagIds" (post_tag_facts in the migration
               -- post_tag_ids: tag ids, and each intervention's outcome group), so their trigger
               -- finds every post already right.
               ARRAY(SELECT DISTINCT x FROM unnest(ARRAY[
                 (${conditionIds}::int[])[1 + g % ${conditionIds.length}::int],
                 CASE WHEN g % 5 = 0 THEN (${conditionIds}::int[])[1 + (g / 5) % ${conditionIds.length}::int] END
               ] || CASE WHEN g % 25 = 0 THEN ARRAY[]::int[] ELSE (
                 SELECT array_agg(f) FROM (
                   SELECT DISTINCT ON (v.tag) v.tag, v.n FROM (VALUES
                     ((${interventionIds}::int[])[1 + (g * 7) % ${interventionIds.length}::int], 1),
                     ((${interventionIds}::int[])[1 + (g * 11 + 3) % ${interventionIds.length}::int], 2)
                   ) AS v(tag, n) ORDER BY v.tag, v.n
                 ) i, unnest(post_tag_facts(i.tag, 'INTERVENTION',
                        ((${OUTCOMES}::text[])[1 + ((${postBase}::int + g) * 5 + i.n * 3) % ${OUTCOMES.length}::int])::"Outcome", false)) AS f
               ) END) AS x WHERE x IS NOT NULL ORDER BY x)
        FROM generate_series(${from}::int, ${to}::int) AS g,
             LATERAL (SELECT to_timestamp(${now / 1000}::float8 - ${spanSeconds}::float8 * (1 - g::float8 / ${stories}::float8)) AS ts) t`
      // One condition (sometimes two) and two interventions with outcomes.
      await tx.$executeRaw`
        INSERT INTO "PostTag" ("postId", "tagId", "tagKind", "createdAt")
        SELECT p.id, c.tag, 'CONDITION'::"TagKind", p."createdAt"
        FROM "Post" p,
             LATERAL (SELECT DISTINCT unnest(ARRAY[
               (${conditionIds}::int[])[1 + (p.id - ${postBase}::int) % ${conditionIds.length}::int],
               CASE WHEN (p.id - ${postBase}::int) % 5 = 0
                    THEN (${conditionIds}::int[])[1 + ((p.id - ${postBase}::int) / 5) % ${conditionIds.length}::int] END
             ]) AS tag) c
        WHERE p.id BETWEEN ${postBase + from}::int AND ${postBase + to}::int AND c.tag IS NOT NULL`
      await tx.$executeRaw`
        INSERT INTO "PostTag" ("postId", "tagId", "tagKind", "initialOutcome", "outcome", "initialDurationWeeks", "durationWeeks", "onlyChange", "createdAt")
        SELECT p.id, i.tag, 'INTERVENTION'::"TagKind", o.outcome, o.outcome, 2 + (p.id * 3 + i.n) % 24, 2 + (p.id * 3 + i.n) % 24, false, p."createdAt"
        FROM "Post" p,
             LATERAL (SELECT DISTINCT ON (tag) tag, n FROM (VALUES
               ((${interventionIds}::int[])[1 + ((p.id - ${postBase}::int) * 7) % ${interventionIds.length}::int], 1),
               ((${interventionIds}::int[])[1 + ((p.id - ${postBase}::int) * 11 + 3) % ${interventionIds.length}::int], 2)
             ) AS v(tag, n) ORDER BY tag, n) i,
             LATERAL (SELECT ((${OUTCOMES}::text[])[1 + (p.id * 5 + i.n * 3) % ${OUTCOMES.length}::int])::"Outcome" AS outcome) o
        WHERE p.id BETWEEN ${postBase + from}::int AND ${postBase + to}::int AND p.kind = 'STORY'`
      await tx.$executeRaw`
        INSERT INTO "Comment" (id, "postId", "authorId", "parentId", depth, path, body, status, "createdAt", "updatedAt", "replyCount", "helpfulCount")
        SELECT ${commentBase}::int + (p.id - ${postBase}::int - 1) * ${COMMENTS_PER_STORY}::int + s.seq,
               p.id,
               (${userIds}::text[])[1 + (p.id * 17 + s.seq * 13) % ${userIds.length}::int],
               CASE WHEN s.parent = 0 THEN NULL
                    ELSE ${commentBase}::int + (p.id - ${postBase}::int - 1) * ${COMMENTS_PER_STORY}::int + s.parent END,
               s.depth, s.path,
               (${COMMENT_BODIES}::text[])[1 + (p.id + s.seq) % ${COMMENT_BODIES.length}::int],
               'VISIBLE'::"ContentStatus",
               p."createdAt" + interval '1 hour' * s.seq, p."createdAt" + interval '1 hour' * s.seq,
               (SELECT count(*) FROM unnest(${shapeParent}::int[]) AS x WHERE x = s.seq)::int,
               (p.id + s.seq) % 4
        FROM "Post" p,
             unnest(${shapeSeq}::int[], ${shapeParent}::int[], ${shapeDepth}::int[], ${shapePath}::text[]) AS s(seq, parent, depth, path)
        WHERE p.id BETWEEN ${postBase + from}::int AND ${postBase + to}::int`
    }, { timeout: 600_000, maxWait: 60_000 })
    log(`  stories ${to.toLocaleString('en')}/${stories.toLocaleString('en')} (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }

  log('  rebuilding search and comment indexes')
  for (const index of DEFERRED_INDEXES) await db.$executeRawUnsafe(index.sql)
  await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"Post"', 'id'), (SELECT max(id) FROM "Post"))`
  await db.$executeRaw`SELECT setval(pg_get_serial_sequence('"Comment"', 'id'), (SELECT max(id) FROM "Comment"))`
  await recountAllTags(db)
  await db.$executeRawUnsafe('ANALYZE')
  return {
    stories,
    comments: stories * COMMENTS_PER_STORY,
    users: userIds.length,
    seconds: (performance.now() - started) / 1000,
  }
}

/** Synthetic members `member_1` … `member_N` (created once; their password is unusable). */
async function ensureSyntheticUsers(db: PrismaClient, count: number): Promise<string[]> {
  const existing = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "User" WHERE "handleKey" LIKE 'member\\_%'`
  if ((existing[0]?.n ?? 0) < count) {
    // A hash of a random secret nobody knows: the accounts exist but cannot sign in.
    const passwordHash = await hashPassword(crypto.randomUUID())
    await db.$executeRaw`
      INSERT INTO "User" (id, handle, "handleKey", "passwordHash", "createdAt", "updatedAt", "approvedPostCount")
      SELECT 'synthetic_' || g, 'member_' || g, 'member_' || g, ${passwordHash}, now() - interval '4 years', now(), 10
      FROM generate_series(1, ${count}::int) AS g
      ON CONFLICT ("handleKey") DO NOTHING`
  }
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT id FROM "User" WHERE "handleKey" LIKE 'member\\_%' ORDER BY id LIMIT ${count}`,
  )
  return rows.map((r) => r.id)
}
