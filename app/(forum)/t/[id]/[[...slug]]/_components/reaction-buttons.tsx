'use client'
import { useActionState } from 'react'
import { useFormStatus } from 'react-dom'
import { idle } from '@/lib/forms'
import { setReaction, type ReactionFormResult } from '@/lib/reactions/actions'
import { REACTION_LABELS } from '@/lib/reactions/policies'

type Kind = keyof typeof REACTION_LABELS

function ToggleButton({ kind, active, count }: { kind: Kind; active: boolean; count: number }) {
  const { pending } = useFormStatus()
  return (
    <button
      type="submit"
      aria-pressed={active}
      disabled={pending}
      className={`inline-flex items-center gap-1.5 rounded-full border px-3 py-1 text-sm font-medium disabled:opacity-60 ${
        active ? 'border-accent bg-accent text-accent-ink' : 'border-line bg-surface text-ink hover:border-accent'
      }`}
    >
      {REACTION_LABELS[kind]} <span aria-label={`${count} so far`}>{count}</span>
    </button>
  )
}

function Reaction({ target, id, kind, active, count }: { target: 'post' | 'comment'; id: number; kind: Kind; active: boolean; count: number }) {
  const [state, action] = useActionState<ReactionFormResult, FormData>(setReaction, idle)
  const current = state.data ?? { active, count }
  return (
    <form action={action} className="inline">
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="active" value={String(!current.active)} />
      <ToggleButton kind={kind} active={current.active} count={current.count} />
      {state.message && (
        <span role="status" className="ml-2 text-sm text-bad">
          {state.message}
        </span>
      )}
    </form>
  )
}

/** "Helpful" and "me too" for a story or comment; plain counts for those who cannot react. */
export function ReactionButtons({
  target,
  id,
  helpfulCount,
  meTooCount,
  myHelpful,
  myMeToo,
  canReact,
}: {
  target: 'post' | 'comment'
  id: number
  helpfulCount: number
  meTooCount: number
  myHelpful: boolean
  myMeToo: boolean
  canReact: boolean
}) {
  if (!canReact) {
    if (!helpfulCount && !meTooCount) return null
    return (
      <p className="text-sm text-muted">
        {helpfulCount} found this helpful · {meTooCount} said &ldquo;me too&rdquo;
      </p>
    )
  }
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Reactions">
      <Reaction target={target} id={id} kind="HELPFUL" active={myHelpful} count={helpfulCount} />
      <Reaction target={target} id={id} kind="ME_TOO" active={myMeToo} count={meTooCount} />
    </div>
  )
}
