'use client'
// One form for the moderation verbs that apply to a target: choose the action, give the public
// reason (and a private note for the other moderators), confirm the destructive ones. A plain
// form posting a server action, so it works before (or without) JavaScript; the server decides
// again whatever the form offered.
import { useActionState, useId } from 'react'
import { FieldError, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { idle } from '@/lib/forms'
import { moderate } from '@/lib/moderation/actions'
import { DESTRUCTIVE, PRIVATE_NOTE_MAX_LENGTH, REASON_MAX_LENGTH, REASON_REQUIRED, SUSPEND_MAX_DAYS, SUSPEND_MIN_DAYS, type ModVerb } from '@/lib/moderation/policies'
import { VERB_LABELS } from '@/lib/moderation/schemas'

const inputClass = 'mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-bad'

export interface ModerationFormProps {
  targetType: 'POST' | 'COMMENT' | 'USER'
  targetId: string
  verbs: ModVerb[]
  /** Names the target for screen readers: "the reply by lena_k". */
  targetLabel: string
}

export function ModerationForm({ targetType, targetId, verbs, targetLabel }: ModerationFormProps) {
  const [state, formAction] = useActionState(moderate, idle)
  const id = useId()
  const actions = verbs.filter((verb) => verb !== 'EDIT_TAGS')
  if (!actions.length) return null
  const errors = state.fieldErrors ?? {}
  const chosen = state.status === 'error' ? state.values?.action : undefined
  const needsDays = actions.includes('SUSPEND')
  const needsConfirm = actions.some((verb) => DESTRUCTIVE.has(verb))
  const required = actions.filter((verb) => REASON_REQUIRED.has(verb)).map((verb) => VERB_LABELS[verb].toLowerCase())
  return (
    <form action={formAction} className="space-y-3" aria-label={`Moderate ${targetLabel}`}>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <div className="grid gap-3 sm:grid-cols-[minmax(0,12rem)_1fr]">
        <div>
          <label htmlFor={`${id}-action`} className="block text-sm font-medium">
            Action
          </label>
          <select key={chosen ?? 'initial'} id={`${id}-action`} name="action" defaultValue={chosen ?? actions[0]} className={inputClass}>
            {actions.map((verb) => (
              <option key={verb} value={verb}>
                {VERB_LABELS[verb]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
            Public reason{required.length > 0 && <span className="font-normal text-muted"> (required to {required.join(', ')})</span>}
          </label>
          <input
            key={`reason-${state.values?.reason ?? ''}`}
            id={`${id}-reason`}
            name="reason"
            maxLength={REASON_MAX_LENGTH}
            defaultValue={state.status === 'error' ? state.values?.reason : undefined}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={errors.reason ? `${id}-reason-error` : `${id}-reason-hint`}
            className={inputClass}
          />
          <p id={`${id}-reason-hint`} className="mt-1 text-xs text-muted">
            The member sees it, and so does the public moderation log.
          </p>
          <FieldError id={`${id}-reason-error`} errors={errors.reason} />
        </div>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-muted">Private note for moderators{needsDays && ', suspension length'}</summary>
        <div className="mt-2 grid gap-3 sm:grid-cols-[1fr_minmax(0,10rem)]">
          <div>
            <label htmlFor={`${id}-note`} className="block text-sm font-medium">
              Private note (moderators only)
            </label>
            <textarea
              id={`${id}-note`}
              name="privateNote"
              rows={2}
              maxLength={PRIVATE_NOTE_MAX_LENGTH}
              defaultValue={state.status === 'error' ? state.values?.privateNote : undefined}
              aria-invalid={errors.privateNote ? true : undefined}
              className={inputClass}
            />
            <FieldError id={`${id}-note-error`} errors={errors.privateNote} />
          </div>
          {needsDays && (
            <div>
              <label htmlFor={`${id}-days`} className="block text-sm font-medium">
                Suspend for (days)
              </label>
              <input
                id={`${id}-days`}
                name="days"
                type="number"
                min={SUSPEND_MIN_DAYS}
                max={SUSPEND_MAX_DAYS}
                defaultValue={(state.status === 'error' ? state.values?.days : undefined) ?? '7'}
                aria-invalid={errors.days ? true : undefined}
                className={inputClass}
              />
              <FieldError id={`${id}-days-error`} errors={errors.days} />
            </div>
          )}
        </div>
      </details>
      {needsConfirm && (
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="confirm" className="mt-1" aria-invalid={errors.confirm ? true : undefined} />
            <span>
              I am sure (needed to {actions.filter((verb) => DESTRUCTIVE.has(verb)).map((verb) => VERB_LABELS[verb].toLowerCase()).join(', ')})
            </span>
          </label>
          <FieldError id={`${id}-confirm-error`} errors={errors.confirm} />
        </div>
      )}
      <FieldError id={`${id}-target-error`} errors={errors.targetId ?? errors.targetType ?? errors.action} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Working…">Apply</SubmitButton>
      </div>
      <FormMessage state={state} />
    </form>
  )
}

export interface TagEditorProps {
  postId: number
  current: { id: number; name: string; kind: 'CONDITION' | 'INTERVENTION' }[]
  conditions: { id: number; name: string }[]
}

/** Corrects a story's tags: conditions on or off; what was tried can only be taken off. */
export function TagEditor({ postId, current, conditions }: TagEditorProps) {
  const [state, formAction] = useActionState(moderate, idle)
  const id = useId()
  const currentIds = new Set(current.map((t) => t.id))
  const interventions = current.filter((t) => t.kind === 'INTERVENTION')
  return (
    <form action={formAction} className="space-y-3" aria-label="Edit the story’s tags">
      <input type="hidden" name="action" value="EDIT_TAGS" />
      <input type="hidden" name="targetType" value="POST" />
      <input type="hidden" name="targetId" value={postId} />
      <fieldset>
        <legend className="text-sm font-medium">Conditions</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {conditions.map((tag) => (
            <label key={tag.id} className="flex items-center gap-1.5 text-sm">
              <input type="checkbox" name="tagIds" value={tag.id} defaultChecked={currentIds.has(tag.id)} />
              {tag.name}
            </label>
          ))}
        </div>
      </fieldset>
      {interventions.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium">What they tried (untick to take off)</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {interventions.map((tag) => (
              <label key={tag.id} className="flex items-center gap-1.5 text-sm">
                <input type="checkbox" name="tagIds" value={tag.id} defaultChecked />
                {tag.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <FieldError id={`${id}-tags-error`} errors={state.fieldErrors?.tagIds} />
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          Public reason (optional)
        </label>
        <input id={`${id}-reason`} name="reason" maxLength={REASON_MAX_LENGTH} className={inputClass} />
      </div>
      <SubmitButton pendingText="Saving…">Save tags</SubmitButton>
      <FormMessage state={state} />
    </form>
  )
}
