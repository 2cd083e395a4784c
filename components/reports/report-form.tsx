'use client'
// The report form: a reason (with what each one is for), an optional note, submit. A server
// action in <form action>, so it works before (or without) JavaScript; on a refusal it keeps
// the chosen reason and the note.
import Link from 'next/link'
import { useActionState, useEffect, useRef } from 'react'
import { FieldError, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { idle } from '@/lib/forms'
import { paths } from '@/lib/paths'
import { reportContent, type ReportResult } from '@/lib/reports/actions'
import { REPORT_REASONS, REPORT_REASON_VALUES } from '@/lib/reports/reasons'
import { REPORT_NOTE_MAX_LENGTH, type ReportTargetKind } from '@/lib/reports/schemas'
import { SelfHarmHelp } from './self-harm-help'

interface Props {
  type: ReportTargetKind
  /** As in the URL: a number, or a member's handle. */
  id: string
  /** "story", "reply" or "member", for the legend. */
  noun: string
  /** Where "Back" goes after sending. */
  backHref: string
  /** Shown instead of the form while the member's earlier report on this is open. */
  alreadyReported?: React.ReactNode
  /** Shown above the form. */
  children?: React.ReactNode
}

export function ReportForm({ type, id, noun, backHref, alreadyReported, children }: Props) {
  const [state, formAction] = useActionState<ReportResult, FormData>(reportContent, idle)
  const formRef = useRef<HTMLFormElement>(null)
  // After a refusal, focus goes to the first field that needs attention.
  useEffect(() => {
    if (state.status !== 'error') return
    const field = state.fieldErrors?.reason ? 'input[name="reason"]' : state.fieldErrors?.note ? 'textarea[name="note"]' : null
    if (field) formRef.current?.querySelector<HTMLElement>(field)?.focus()
  }, [state])
  // After sending, the page renders again with the report open: the thanks stays.
  if (state.status === 'success') return <ReportReceived state={state} noun={noun} backHref={backHref} />
  if (alreadyReported) return alreadyReported
  const reasonErrors = state.fieldErrors?.reason
  const noteErrors = state.fieldErrors?.note
  const chosen = state.values?.reason
  return (
    <>
    {children}
    {/* Keyed by what was sent, so a refill after a refusal replaces what the browser holds. */}
    <form ref={formRef} key={JSON.stringify(state.values ?? {})} action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="id" value={id} />
      <FormMessage state={state} />
      <fieldset aria-describedby={reasonErrors ? 'report-reason-error' : undefined}>
        <legend className="text-base font-semibold">Why are you reporting this {noun}?</legend>
        <FieldError id="report-reason-error" errors={reasonErrors} />
        <div className="mt-3 space-y-2">
          {REPORT_REASON_VALUES.map((reason) => (
            <label
              key={reason}
              htmlFor={`reason-${reason}`}
              className="flex cursor-pointer gap-3 rounded-lg border border-line bg-surface p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/40"
            >
              <input
                type="radio"
                id={`reason-${reason}`}
                name="reason"
                value={reason}
                defaultChecked={chosen === reason}
                required
                aria-describedby={`reason-${reason}-hint`}
                className="mt-1 size-4 shrink-0 accent-accent"
              />
              <span>
                <span className="block font-medium">{REPORT_REASONS[reason].label}</span>
                <span id={`reason-${reason}-hint`} className="block text-sm text-muted">
                  {REPORT_REASONS[reason].description}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="report-note" className="block font-semibold">
          Anything the moderators should know? <span className="font-normal text-muted">(optional)</span>
        </label>
        <textarea
          id="report-note"
          name="note"
          rows={4}
          maxLength={REPORT_NOTE_MAX_LENGTH}
          defaultValue={state.values?.note ?? ''}
          aria-invalid={noteErrors ? true : undefined}
          aria-describedby={noteErrors ? 'report-note-hint report-note-error' : 'report-note-hint'}
          className="mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid=true]:border-bad"
        />
        <p id="report-note-hint" className="mt-1 text-sm text-muted">
          Up to {REPORT_NOTE_MAX_LENGTH.toLocaleString('en')} characters. Only the moderators read it.
        </p>
        <FieldError id="report-note-error" errors={noteErrors} />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingText="Sending…">Send report</SubmitButton>
        <Link href={backHref} className="text-sm underline">
          Cancel
        </Link>
      </div>
    </form>
    </>
  )
}

function ReportReceived({ state, noun, backHref }: { state: ReportResult; noun: string; backHref: string }) {
  const heading = useRef<HTMLHeadingElement>(null)
  // After sending with JavaScript the form is replaced: move focus to what replaced it.
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="space-y-5">
      <div role="status" className="rounded-xl border border-good/40 bg-good-soft p-4 text-good">
        <h2 ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          {state.message}
        </h2>
        <p className="mt-1">We have received your report. We will not tell anyone who sent it.</p>
      </div>
      {state.data?.selfHarm === true && <SelfHarmHelp />}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={paths.reports()} className="font-medium text-accent underline">
          See your reports
        </Link>
        <Link href={backHref} className="underline">
          Back to the {noun}
        </Link>
      </p>
    </div>
  )
}
