'use client'
import { useEffect, useState } from 'react'
import { paths } from '@/lib/paths'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState(false)
  useEffect(() => {
    let current = true
    // In production a boundary gets no server message, only a digest: the health check says
    // whether the trouble is the database (then it is ours, brief, and worth waiting for).
    fetch(paths.health(), { cache: 'no-store' }).then(
      (response) => current && setDatabaseDown(response.status === 503),
      () => {},
    )
    return () => {
      current = false
    }
  }, [error])

  if (databaseDown) {
    return (
      <div role="alert" className="space-y-3 py-10 text-center">
        <h1 className="text-2xl font-bold">Back in a moment</h1>
        <p className="text-muted">
          We&rsquo;re having trouble reaching our database. Please try again in a few seconds: nothing you posted has been
          lost.
        </p>
        <button type="button" onClick={reset} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Try again
        </button>
      </div>
    )
  }
  return (
    <div role="alert" className="space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="text-muted">
        Please try again.{error.digest ? ` If it keeps happening, mention error ${error.digest}.` : ''}
      </p>
      <button type="button" onClick={reset} className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
        Try again
      </button>
    </div>
  )
}
