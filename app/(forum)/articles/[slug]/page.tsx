import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RelativeTime } from '@/components/relative-time'
import { getArticle } from '@/lib/articles/queries'
import { renderMarkdown } from '@/lib/markdown/render'
import { paths } from '@/lib/paths'

interface Props {
  params: Promise<{ slug: string }>
}

async function load(props: Props) {
  const { slug } = await props.params
  const article = slug.length <= 100 ? await getArticle(slug) : null
  if (!article) notFound()
  return article
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const article = await load(props)
  return { title: article.title, description: article.summary }
}

export default async function ArticlePage(props: Props) {
  const article = await load(props)
  const bodyHtml = renderMarkdown(article.body)
  return (
    <div className="space-y-10">
      <article aria-labelledby="article-title" className="space-y-4">
        <p className="text-sm font-medium uppercase tracking-wide text-accent">The article WhatHelped grew out of</p>
        <h1 id="article-title" className="font-serif text-2xl font-bold leading-tight sm:text-3xl">
          {article.title}
        </h1>
        {article.sourceUrl && (
          <p>
            <a href={article.sourceUrl} rel="noopener" className="text-accent underline">
              Original publication
            </a>
          </p>
        )}
        <div className="prose-story font-serif [&_h2]:pt-2 [&_h2]:font-sans" dangerouslySetInnerHTML={{ __html: bodyHtml }} />
      </article>

      <section aria-labelledby="questions-title" className="space-y-4">
        <h2 id="questions-title" className="text-xl font-semibold">
          Its questions, answered by the community
        </h2>
        <ol className="space-y-4">
          {article.questions.map((q) => (
            <li key={q.id} className="rounded-xl border border-line bg-surface p-4">
              <Link href={paths.thread(q.threadId, q.text)} className="font-medium text-accent underline">
                {q.text}
              </Link>
              <p className="mt-1 text-sm text-muted">
                {q.replyCount} {q.replyCount === 1 ? 'reply' : 'replies'} · {q.answerCount}{' '}
                {q.answerCount === 1 ? 'story answers it' : 'stories answer it'} · active <RelativeTime date={q.lastActivityAt} />
              </p>
              <p className="mt-2">
                <Link href={paths.newStory(q.id)} className="text-sm font-medium text-accent underline">
                  Answer this question with your story
                </Link>
              </p>
              {q.latestAnswers.length > 0 && (
                <ul className="mt-3 space-y-1 text-sm" aria-label="Latest stories answering it">
                  {q.latestAnswers.map((a) => (
                    <li key={a.id}>
                      <Link href={paths.thread(a.id, a.title)} className="hover:underline">
                        {a.title}
                      </Link>{' '}
                      <span className="text-muted">
                        by {a.authorHandle ?? '[deleted]'}, <RelativeTime date={a.createdAt} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}
