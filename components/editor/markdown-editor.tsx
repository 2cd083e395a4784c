'use client'
// A markdown textarea with a live preview rendered by the server: the same renderer and
// sanitizer as the published page, so what you see is what readers get.
import { useEffect, useId, useState } from 'react'
import { previewMarkdown } from '@/lib/stories/preview'

const PREVIEW_DELAY_MS = 400

export function MarkdownEditor({
  name,
  label,
  value,
  onChange,
  error,
  rows = 8,
  hint,
  live = true,
  required,
}: {
  name: string
  label: string
  value: string
  onChange: (value: string) => void
  error?: string
  rows?: number
  hint?: string
  /** Preview as you type; otherwise behind a "Preview" toggle. */
  live?: boolean
  required?: boolean
}) {
  const id = useId()
  const [showPreview, setShowPreview] = useState(live)
  const [preview, setPreview] = useState<{ source: string; html: string; error?: string } | null>(null)

  useEffect(() => {
    if (!showPreview || !value.trim()) return
    let cancelled = false
    const timer = setTimeout(() => {
      previewMarkdown(value)
        .then((result) => !cancelled && setPreview({ source: value, ...result }))
        .catch(() => !cancelled && setPreview({ source: value, html: '', error: 'Preview unavailable right now.' }))
    }, PREVIEW_DELAY_MS)
    return () => {
      cancelled = true
      clearTimeout(timer)
    }
  }, [value, showPreview])

  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <label htmlFor={id} className="font-medium">
          {label}
        </label>
        {!live && (
          <button type="button" onClick={() => setShowPreview((v) => !v)} aria-pressed={showPreview} className="text-sm text-accent underline">
            {showPreview ? 'Hide preview' : 'Preview'}
          </button>
        )}
      </div>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
        className="block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid]:border-bad"
      />
      {error && (
        <p id={errorId} className="text-sm font-medium text-bad">
          {error}
        </p>
      )}
      {showPreview && value.trim() && (
        <section aria-label={`${label}: preview`} className="rounded-lg border border-dashed border-line p-3">
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">Preview</p>
          {preview?.error ? (
            <p className="text-sm text-muted">{preview.error}</p>
          ) : preview?.html ? (
            <div className="prose-story text-base" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="text-sm text-muted">Rendering…</p>
          )}
        </section>
      )}
    </div>
  )
}
