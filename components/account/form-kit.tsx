'use client'
// The building blocks of account forms: a labelled field with its hint and errors, a submit
// button that shows progress, and a live region for the form's message.
import { useFormStatus } from 'react-dom'
import type { FormResult } from '@/lib/forms'

const inputClass =
  'mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink placeholder:text-muted focus-visible:border-accent aria-[invalid=true]:border-bad'

export interface FieldProps extends React.InputHTMLAttributes<HTMLInputElement> {
  name: string
  label: string
  hint?: string
  state: FormResult<unknown>
}

export function Field({ name, label, hint, state, id = `field-${name}`, ...input }: FieldProps) {
  const errors = state.fieldErrors?.[name]
  const describedBy = [hint && `${id}-hint`, errors && `${id}-error`].filter(Boolean).join(' ') || undefined
  const keep = input.type !== 'password' && state.values?.[name] !== undefined ? { defaultValue: state.values[name] } : {}
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {/* Keyed by the answer, so a refill after an error replaces what the browser holds. */}
      <input key={keep.defaultValue ?? 'initial'} id={id} name={name} aria-invalid={errors ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} {...keep} />
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  )
}

export function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null
  return (
    <p id={id} className="mt-1 text-sm font-medium text-bad">
      {errors.join('. ')}
    </p>
  )
}

export function SubmitButton({ children, pendingText, tone = 'accent' }: { children: React.ReactNode; pendingText: string; tone?: 'accent' | 'danger' }) {
  const { pending } = useFormStatus()
  const colours = tone === 'danger' ? 'bg-bad text-page' : 'bg-accent text-accent-ink'
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-lg px-4 py-2 font-semibold ${colours} disabled:opacity-70`}>
      {pending ? pendingText : children}
    </button>
  )
}

export function FormMessage({ state }: { state: FormResult<unknown> }) {
  return (
    <div aria-live="polite" role="status">
      {state.message && (
        <p
          className={`rounded-lg border px-3 py-2 text-sm ${
            state.status === 'error' ? 'border-bad/40 bg-bad-soft text-bad' : 'border-good/40 bg-good-soft text-good'
          }`}
        >
          {state.message}
        </p>
      )}
    </div>
  )
}
