'use client'
import { useActionState } from 'react'
import { idle } from '@/lib/forms'
import { markNotificationsRead, type MarkReadResult } from '@/lib/notifications/actions'

export function MarkReadButton({ id, label }: { id?: number; label: string }) {
  const [state, action, pending] = useActionState<MarkReadResult, FormData>(markNotificationsRead, idle)
  return (
    <form action={action} className="inline">
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <button type="submit" disabled={pending} className="text-sm text-accent underline disabled:opacity-60">
        {label}
      </button>
      {state.message && (
        <span role="status" className="ml-2 text-sm text-bad">
          {state.message}
        </span>
      )}
    </form>
  )
}
