'use client'
import { useActionState } from 'react'
import { Field, FieldError, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { idle } from '@/lib/forms'
import { addBannedTermAction, removeBannedTermAction } from '@/lib/defences/actions'
import { setAutoHideThresholdAction } from '@/lib/reports/actions'
import { BANNED_TERM_MAX_LENGTH } from '@/lib/defences/banned-term-rules'

const selectClass = 'mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink'

export function AddBannedTermForm() {
  const [state, formAction] = useActionState(addBannedTermAction, idle)
  const kindErrors = state.fieldErrors?.kind
  return (
    <form action={formAction} className="space-y-3" aria-labelledby="add-term-title">
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
        <div>
          <label htmlFor="term-kind" className="block text-sm font-medium">
            Kind
          </label>
          <select id="term-kind" name="kind" key={state.values?.kind ?? 'WORD'} defaultValue={state.values?.kind ?? 'WORD'} className={selectClass} aria-invalid={kindErrors ? true : undefined}>
            <option value="WORD">Word</option>
            <option value="URL">Link domain</option>
          </select>
          <FieldError id="term-kind-error" errors={kindErrors} />
        </div>
        <Field
          name="value"
          id="term-value"
          label="Word or domain"
          hint="A word is matched whole, in any case, also spelt out (“v i a g r a”). A domain also blocks its subdomains."
          state={state}
          required
          maxLength={BANNED_TERM_MAX_LENGTH}
          autoComplete="off"
        />
      </div>
      <SubmitButton pendingText="Adding…">Add to the list</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}

export function RemoveBannedTermButton({ id, value }: { id: number; value: string }) {
  const [state, formAction] = useActionState(removeBannedTermAction, idle)
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="rounded-lg border border-line px-3 py-1 text-sm hover:border-bad hover:text-bad" aria-label={`Remove “${value}”`}>
        Remove
      </button>
      {state.status === 'error' && (
        <span role="status" className="text-sm text-bad">
          {state.message}
        </span>
      )}
    </form>
  )
}

export function AutoHideThresholdForm({ threshold, min, max }: { threshold: number; min: number; max: number }) {
  const [state, formAction] = useActionState(setAutoHideThresholdAction, idle)
  return (
    <form action={formAction} className="space-y-3">
      <div className="max-w-xs">
        <Field
          name="threshold"
          id="auto-hide-threshold"
          label="Reports that hide a post"
          hint={`Distinct members’ open reports after which a story or reply is hidden until a moderator looks (${min}–${max}).`}
          state={state}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          required
          defaultValue={threshold}
        />
      </div>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
