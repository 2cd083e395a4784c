import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { env } from '@/lib/env'
import { listOutbox } from '@/lib/accounts/queries'

export const metadata: Metadata = { title: 'Outbox (development)', robots: { index: false } }
export const dynamic = 'force-dynamic'

const URL_PATTERN = /(https?:\/\/[^\s]+)/g

/** Mail written while no SMTP server is configured. Never served in production. */
export default async function OutboxPage() {
  if (env.NODE_ENV === 'production') notFound()
  const messages = await listOutbox()
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Outbox</h1>
      <p className="text-muted">Development only: mail the app would have sent, newest first. Set SMTP_HOST to send real mail.</p>
      {messages.length === 0 && <p>No mail yet.</p>}
      <ul className="space-y-4">
        {messages.map((message) => (
          <li key={message.id}>
            <article className="rounded-xl border border-line bg-surface p-4">
              <h2 className="font-semibold">{message.subject}</h2>
              <p className="text-sm text-muted">
                To {message.to} · {message.createdAt.toISOString()}
              </p>
              <p className="mt-3 whitespace-pre-wrap break-words text-sm">
                {message.text.split(URL_PATTERN).map((part, i) =>
                  URL_PATTERN.test(part) ? (
                    <a key={i} href={part} className="text-accent underline">
                      {part}
                    </a>
                  ) : (
                    part
                  ),
                )}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </div>
  )
}
