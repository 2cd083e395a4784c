import 'server-only'
import { cache } from 'react'
import { db } from '../db'

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
          _count: { select: { answers: { where: { status: 'VISIBLE', deletedAt: null } } } },
          answers: {
            where: { status: 'VISIBLE', deletedAt: null },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            take: LATEST_ANSWERS,
            select: { id: true, title: true, createdAt: true, author: { select: { handle: true } } },
          },
        },
      },
    },
  })
  if (!article) return null
  return {
    ...article,
    questions: article.questions.map((q) => ({
      id: q.id,
      position: q.position,
      text: q.text,
      threadId: q.threadId,
      replyCount: q.thread.commentCount,
      answerCount: q._count.answers,
      lastActivityAt: q.thread.lastActivityAt,
      latestAnswers: q.answers.map((a) => ({ id: a.id, title: a.title, createdAt: a.createdAt, authorHandle: a.author?.handle ?? null })),
    })),
  }
})
