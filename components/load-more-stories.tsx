'use client'
import { useMemo, useRef, useState, useSyncExternalStore } from 'react'
import type { StoryCard as StoryCardData } from '@/lib/stories/queries'
import { StoryCard } from './story-card'

type StoryJson = Omit<StoryCardData, 'createdAt' | 'lastActivityAt'> & { createdAt: string; lastActivityAt: string }

interface Loaded {
  stories: StoryJson[]
  next: string | null
}

/** Stories kept for "back": at most this many (a few hundred KB of session storage). */
const MAX_KEPT = 200
const STORAGE_PREFIX = 'wh:more:'

const revive = (s: StoryJson): StoryCardData => ({ ...s, createdAt: new Date(s.createdAt), lastActivityAt: new Date(s.lastActivityAt) })

// Session storage as an external store: the server and the hydrating client render the first
// page alone, then the client shows what this tab had loaded under the same list and cursor.
const listeners = new Set<() => void>()
function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function readKept(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

/** Whether the stories could be kept (storage may be full, refused, or the list too long). */
function keep(key: string, loaded: Loaded): boolean {
  try {
    if (loaded.stories.length > MAX_KEPT) {
      window.sessionStorage.removeItem(key)
      return false
    }
    window.sessionStorage.setItem(key, JSON.stringify(loaded))
    return true
  } catch {
    return false
  } finally {
    listeners.forEach((listener) => listener())
  }
}

function parseKept(raw: string | null): Loaded | null {
  if (!raw) return null
  try {
    const kept = JSON.parse(raw) as Loaded
    return Array.isArray(kept.stories) ? kept : null
  } catch {
    return null
  }
}

/** "Load more": appends the next keyset page from the JSON API. What was loaded is kept in the
 * tab's session storage under this list and cursor, so coming back to the list (the back button)
 * shows it again. Without JavaScript the same control is a link to the next page. */
export function LoadMoreStories({ apiHref, pageHref, cursor }: { apiHref: string; pageHref: string; cursor: string }) {
  const storageKey = `${STORAGE_PREFIX}${apiHref} ${cursor}`
  const raw = useSyncExternalStore(subscribe, () => readKept(storageKey), () => null)
  // Used instead of storage once storage cannot keep the list.
  const [inMemory, setInMemory] = useState<Loaded | null>(null)
  const loaded = useMemo(() => inMemory ?? parseKept(raw) ?? { stories: [], next: cursor }, [inMemory, raw, cursor])
  const more = loaded.stories
  const next = loaded.next
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
      const firstNew = more.length
      const updated = { stories: [...more, ...page.stories], next: page.nextCursor }
      if (inMemory || !keep(storageKey, updated)) setInMemory(updated)
      setStatus('idle')
      setMessage(`${page.stories.length} more ${page.stories.length === 1 ? 'story' : 'stories'} loaded.`)
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
        <ul ref={listRef} className="story-list">
          {more.map((story) => (
            <li key={story.id}>
              <StoryCard story={revive(story)} />
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
          className="button-secondary"
        >
          {status === 'loading' ? 'Loading…' : 'Load more'}
        </a>
      ) : (
        more.length > 0 && <p className="text-sm text-muted">That is all of them.</p>
      )}
    </>
  )
}
