'use client'
import { useActionState } from 'react'
import { setBookmark } from '@/lib/bookmarks/actions'
import { idle, type FormResult } from '@/lib/forms'
import { setThreadFollow } from '@/lib/notifications/actions'

/** What a toggle's action answers: on success, the mark's new state. */
type ToggleResult = FormResult<{ active: boolean }>

function Toggle({
  postId,
  active,
  action,
  labels,
}: {
  postId: number
  active: boolean
  action: (prev: ToggleResult, formData: FormData) => Promise<ToggleResult>
  labels: [on: string, off: string]
}) {
  const [state, formAction, pending] = useActionState(action, idle as ToggleResult)
  const current = state.data?.active ?? active
  return (
    <form action={formAction} className="inline">
      <input type="hidden" name="postId" value={postId} />
      <input type="hidden" name="active" value={String(!current)} />
      <button
        type="submit"
        aria-pressed={current}
        disabled={pending}
        className={`rounded-full border px-3 py-1 text-sm font-medium disabled:opacity-60 ${current ? 'border-accent text-accent' : 'border-line hover:border-accent'}`}
      >
        {current ? labels[0] : labels[1]}
      </button>
      {state.message && (
        <span role="status" className="ml-2 text-sm text-bad">
          {state.message}
        </span>
      )}
    </form>
  )
}

/** Bookmark and follow buttons for a signed-in reader. */
export function ThreadToolbar({ postId, bookmarked, following }: { postId: number; bookmarked: boolean; following: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Toggle postId={postId} active={bookmarked} action={setBookmark} labels={['Bookmarked', 'Bookmark']} />
      <Toggle postId={postId} active={following} action={setThreadFollow} labels={['Following', 'Follow thread']} />
    </div>
  )
}
