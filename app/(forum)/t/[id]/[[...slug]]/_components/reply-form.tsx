'use client'
import { useActionState, useState } from 'react'
import { useFormStatus } from 'react-dom'
import { createComment, editComment, type CommentResult } from '@/lib/comments/actions'
import { idle } from '@/lib/forms'
import { MarkdownEditor } from '@/components/editor/markdown-editor'

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink disabled:opacity-60">
      {pending ? 'Sending…' : label}
    </button>
  )
}

/** Reply to the thread (no parentId) or to a comment; or, with `commentId`, edit one's own comment. */
export function ReplyForm({
  postId,
  parentId,
  commentId,
  initialBody = '',
  label,
  onDone,
  onCancel,
}: {
  postId: number
  parentId?: number
  commentId?: number
  initialBody?: string
  label: string
  onDone?: () => void
  onCancel?: () => void
}) {
  const [body, setBody] = useState(initialBody)
  const editing = commentId !== undefined
  const [state, action] = useActionState<CommentResult, FormData>(async (prev, formData) => {
    const result = await (editing ? editComment : createComment)(prev, formData)
    if (result.status === 'success') {
      if (!editing) setBody('')
      onDone?.()
    }
    return result
  }, idle)
  return (
    <form action={action} className="space-y-2">
      {editing ? <input type="hidden" name="commentId" value={commentId} /> : <input type="hidden" name="postId" value={postId} />}
      {parentId !== undefined && <input type="hidden" name="parentId" value={parentId} />}
      <MarkdownEditor name="body" label={label} value={body} onChange={setBody} error={state.fieldErrors?.body?.[0]} rows={4} live={false} />
      <div className="flex flex-wrap items-center gap-3">
        <Submit label={editing ? 'Save' : 'Post reply'} />
        {onCancel && (
          <button type="button" onClick={onCancel} className="text-sm underline">
            Cancel
          </button>
        )}
        <p role="status" aria-live="polite" className={`text-sm ${state.status === 'success' ? 'text-good' : 'text-bad'}`}>
          {state.fieldErrors?.body ? null : state.message}
        </p>
      </div>
    </form>
  )
}
