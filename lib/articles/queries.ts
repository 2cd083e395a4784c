import 'server-only'
import { cache } from 'react'
import { db } from '../db'
import { publicSql, publicWhere } from '../visibility-sql'

export interface ArticleQuestionView {
  id: number
  position: number
  text: string
  threadId: number
  replyCount: number
  answerCount: number
  lastActivityAt: Date
  latestAnswers: { id: number; title: string; authorHandle: string | null; createdAt: Date }[]
}

export interface ArticleView {
  slug: string
  title: string
  summary: string
  body: string
  sourceUrl: string | null
  publishedAt: Date | null
  questions: ArticleQuestionView[]
}

const LATEST_ANSWERS = 3

/** The article with its closing questions; without a slug, the newest article (deduplicated per request). */
export const getArticle = cache(async (slug?: string): Promise<ArticleView | null> => {
  const article = await db.article.findFirst({
    where: slug ? { slug } : undefined,
    orderBy: { createdAt: 'desc' },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      sourceUrl: true,
      publishedAt: true,
      questions: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          position: true,
          text: true,
          threadId: true,
          thread: { select: { commentCount: true, lastActivityAt: true } },
          answers: {
            where: publicWhere,
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: LATEST_ANSWERS,
            select: { id: true, title: true, createdAt: true, author: { select: { handle: true } } },
          },
        },
      },
    },
  })
  if (!article) return null
  // Counted per question through the (questionId, createdAt) index: a nested _count makes
  // Prisma group every post in the table (40 ms at 100,000 stories).
  const counts = await db.post.groupBy({
    by: ['questionId'],
    where: { questionId: { in: article.questions.map((q) => q.id) }, ...publicWhere },
    _count: { _all: true },
  })
  const answerCounts = new Map(counts.map((c) => [c.questionId, c._count._all]))
  return {
    ...article,
    questions: article.questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: q.text,
      threadId: q.threadId,
      replyCount: q.thread.commentCount,
      answerCount: answerCounts.get(q.id) ?? 0,
      lastActivityAt: q.thread.lastActivityAt,
      latestAnswers: q.answers.map((a) => ({ id: a.id, title: a.title, createdAt: a.createdAt, authorHandle: a.author?.handle ?? null })),
    })),
  }
})

export interface ArticleSummaryView {
  slug: string
  title: string
  summary: string
  questions: { id: number; text: string; threadId: number; replyCount: number; answerCount: number }[]
}

/** The newest article as the home page shows it: title, summary and each question with its
 * thread's reply count and its answers' count. One query (getArticle takes five, for the
 * article page's latest answers); answers are counted through the (questionId, createdAt) index. */
export const getArticleSummary = cache(async (): Promise<ArticleSummaryView | null> => {
  const rows = await db.$queryRaw<
    { slug: string; title: string; summary: string; id: number | null; text: string | null; threadId: number | null; replyCount: number | null; answerCount: number | null }[]
  >`
    SELECT a.slug, a.title, a.summary, q.id, q.text, q."threadId", t."commentCount" AS "replyCount",
           (SELECT count(*) FROM "Post" p WHERE p."questionId" = q.id AND ${publicSql('p')})::int AS "answerCount"
    FROM (SELECT id, slug, title, summary FROM "Article" ORDER BY "createdAt" DESC, id DESC LIMIT 1) a
    LEFT JOIN "ArticleQuestion" q ON q."articleId" = a.id
    LEFT JOIN "Post" t ON t.id = q."threadId"
    ORDER BY q.position`
  const [first] = rows
  if (!first) return null
  return {
    slug: first.slug,
    title: first.title,
    summary: first.summary,
    questions: rows.flatMap((r) =>
      r.id === null ? [] : [{ id: r.id, text: r.text ?? '', threadId: r.threadId ?? 0, replyCount: r.replyCount ?? 0, answerCount: r.answerCount ?? 0 }],
    ),
  }
})
