import { describe, expect, it } from 'vitest'
import { getArticle, getArticleSummary } from '@/lib/articles/queries'
import { db } from '@/lib/db'
import { createComment, createStory, createUser } from '../../factories'

async function createArticle(slug: string, questions: string[], createdAt = new Date()) {
  const author = await createUser()
  const article = await db.article.create({ data: { slug, title: `Title of ${slug}`, summary: `Summary of ${slug}`, body: 'Body', createdAt } })
  const created = []
  for (const [position, text] of questions.entries()) {
    const thread = await createStory({ authorId: author.id, kind: 'DISCUSSION', title: text })
    created.push(await db.articleQuestion.create({ data: { articleId: article.id, position, text, threadId: thread.id } }))
  }
  return { author, article, questions: created }
}

describe('getArticleSummary (the home page’s article)', () => {
  // The tests share the file's database, in this order.
  it('is null while there is no article', async () => {
    expect(await getArticleSummary()).toBeNull()
  })

  it('gives the newest article’s questions in order with the same counts as getArticle', async () => {
    await createArticle('older', ['Old question?'], new Date(Date.now() - 60_000))
    const { author, questions } = await createArticle('newest', ['Third?', 'Second?'])
    const [first, second] = questions
    // Answers: two visible, one hidden, one deleted (only the visible count); replies on one thread.
    for (const status of ['VISIBLE', 'VISIBLE', 'HIDDEN'] as const) {
      const story = await createStory({ authorId: author.id, status })
      await db.post.update({ where: { id: story.id }, data: { questionId: first!.id } })
    }
    const deleted = await createStory({ authorId: author.id, deletedAt: new Date() })
    await db.post.update({ where: { id: deleted.id }, data: { questionId: first!.id } })
    await createComment({ postId: second!.threadId, authorId: author.id })
    await db.post.update({ where: { id: second!.threadId }, data: { commentCount: 1 } })

    const summary = await getArticleSummary()
    const full = await getArticle()
    expect(summary).toEqual({
      slug: 'newest',
      title: 'Title of newest',
      summary: 'Summary of newest',
      questions: full!.questions.map((q) => ({ id: q.id, text: q.text, threadId: q.threadId, replyCount: q.replyCount, answerCount: q.answerCount })),
    })
    expect(summary!.questions.map((q) => [q.text, q.answerCount, q.replyCount])).toEqual([
      ['Third?', 2, 0],
      ['Second?', 0, 1],
    ])
  })

  it('keeps an article without questions', async () => {
    await createArticle('bare', [])
    expect(await getArticleSummary()).toMatchObject({ slug: 'bare', questions: [] })
  })
})
