'use client'
import { useRef, useState } from 'react'
import type { StoryCard as StoryCardData } from '@/lib/stories/queries'
import { StoryCard } from './story-card'

type StoryJson = Omit<StoryCardData, 'createdAt' | 'lastActivityAt'> & { createdAt: string; lastActivityAt: string }

/** "Load more": appends the next keyset page from the JSON API. Without JavaScript the same
 * control is a link to the next page, so the list never dead-ends. */
export function LoadMoreStories({ apiHref, pageHref, cursor }: { apiHref: string; pageHref: string; cursor: string }) {
  const [more, setMore] = useState<StoryCardData[]>([])
  const [next, setNext] = useState<string | null>(cursor)
  const [status, setStatus] = useState<'idle' | 'loading' | 'error'>('idle')
  const [message, setMessage] = useState('')
  const listRef = useRef<HTMLUListElement>(null)

  async function load(event: React.MouseEvent<HTMLAnchorElement>) {
    if (!next || status === 'loading') return
    event.preventDefault()
    setStatus('loading')
    try {
      const url = new URL(apiHref, window.location.origin)
      url.searchParams.set('cursor', next)
      const response = await fetch(url)
      if (!response.ok) throw new Error(String(response.status))
      const page = (await response.json()) as { stories: StoryJson[]; nextCursor: string | null }
      const stories = page.stories.map((s) => ({ ...s, createdAt: new Date(s.createdAt), lastActivityAt: new Date(s.lastActivityAt) }))
      const firstNew = more.length
      setMore((current) => [...current, ...stories])
      setNext(page.nextCursor)
      setStatus('idle')
      setMessage(`${stories.length} more ${stories.length === 1 ? 'story' : 'stories'} loaded.`)
      // Keyboard users continue from the first new story rather than from the top of the page.
      requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>('h3 a')[firstNew]?.focus())
    } catch {
      setStatus('error')
      setMessage('Could not load more stories. Try again.')
    }
  }

  const href = new URLSearchParams({ cursor: next ?? '' })
  return (
    <>
      {more.length > 0 && (
        <ul ref={listRef} className="space-y-4">
          {more.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="text-sm text-muted">
        {message}
      </p>
      {next ? (
        <a
          href={`${pageHref}${pageHref.includes('?') ? '&' : '?'}${href.toString()}`}
          onClick={load}
          aria-disabled={status === 'loading'}
          className="inline-block rounded-lg border border-line bg-surface px-4 py-2 font-medium no-underline hover:border-accent"
        >
          {status === 'loading' ? 'Loading…' : 'Load more'}
        </a>
      ) : (
        more.length > 0 && <p className="text-sm text-muted">That is all of them.</p>
      )}
    </>
  )
}
