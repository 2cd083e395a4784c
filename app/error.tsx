'use client'

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
