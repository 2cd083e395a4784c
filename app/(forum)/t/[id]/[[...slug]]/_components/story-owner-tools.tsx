'use client'
import { useActionState, useState } from 'react'
import { useFormStatus } from 'react-dom'
import { MarkdownEditor } from '@/components/editor/markdown-editor'
import { SkinNowOptions, inputClass } from '@/components/editor/fields'
import { addStoryUpdate, deleteStory, editStory } from '@/lib/stories/actions'
import { OUTCOME_LABELS } from '@/lib/stories/labels'
import { firstErrors, idle, type FormResult } from '@/lib/forms'
import type { ThreadViewerState } from '@/lib/stories/thread-viewer'

const OUTCOMES = Object.keys(OUTCOME_LABELS) as (keyof typeof OUTCOME_LABELS)[]

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending} className="rounded-lg bg-accent px-4 py-2 text-sm font-semibold text-accent-ink disabled:opacity-60">
      {pending ? 'Saving…' : label}
    </button>
  )
}

function Message({ state }: { state: FormResult }) {
  return (
    <p role="status" aria-live="polite" className={`text-sm ${state.status === 'success' ? 'text-good' : 'font-medium text-bad'}`}>
      {state.message}
    </p>
  )
}

/** A form's action state that closes the form (onDone) once the action succeeds. */
function useActionThenClose(serverAction: (prev: FormResult, formData: FormData) => Promise<FormResult>, onDone: () => void) {
  return useActionState<FormResult, FormData>(async (prev, formData) => {
    const result = await serverAction(prev, formData)
    if (result.status === 'success') onDone()
    return result
  }, idle)
}

/** Submit, Cancel and the result, at the foot of the edit and follow-up forms. */
function FormButtons({ label, state, onDone }: { label: string; state: FormResult; onDone: () => void }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Submit label={label} />
      <button type="button" onClick={onDone} className="text-sm underline">
        Cancel
      </button>
      <Message state={state} />
    </div>
  )
}

function EditStoryForm({ postId, kind, editable, onDone }: { postId: number; kind: 'STORY' | 'DISCUSSION'; editable: NonNullable<ThreadViewerState['editable']>; onDone: () => void }) {
  const [title, setTitle] = useState(editable.title)
  const [body, setBody] = useState(editable.body)
  const [state, action] = useActionThenClose(editStory, onDone)
  const errors = firstErrors(state.fieldErrors)
  return (
    <form action={action} className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="postId" value={postId} />
      <div className="space-y-1">
        <label htmlFor="edit-title" className="font-medium">
          Title
        </label>
        <input id="edit-title" name="title" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={errors.title ? true : undefined} className={inputClass} />
        {errors.title && <p className="text-sm font-medium text-bad">{errors.title}</p>}
      </div>
      <MarkdownEditor name="body" label="Story" value={body} onChange={setBody} error={errors.body} rows={10} />
      {kind === 'STORY' && (
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="edit-skin" className="font-medium">
              How my skin is now
            </label>
            <select id="edit-skin" name="skinNow" defaultValue={editable.skinNow ?? ''} className={inputClass}>
              <SkinNowOptions />
            </select>
          </div>
          <div className="space-y-1 sm:col-span-2">
            <label htmlFor="edit-other" className="font-medium">
              Other changes I made at the same time
            </label>
            <textarea id="edit-other" name="otherChanges" rows={2} defaultValue={editable.otherChanges ?? ''} className={inputClass} />
            {errors.otherChanges && <p className="text-sm font-medium text-bad">{errors.otherChanges}</p>}
          </div>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="edit-visibility" className="font-medium">
          Who can read it
        </label>
        <select id="edit-visibility" name="visibility" defaultValue={editable.visibility} className={inputClass}>
          <option value="PUBLIC">Everyone</option>
          <option value="MEMBERS">Members only</option>
        </select>
      </div>
      <FormButtons label="Save changes" state={state} onDone={onDone} />
    </form>
  )
}

function FollowUpForm({ postId, interventions, onDone }: { postId: number; interventions: ThreadViewerState['interventions']; onDone: () => void }) {
  const [body, setBody] = useState('')
  const [state, action] = useActionThenClose(addStoryUpdate, onDone)
  const errors = firstErrors(state.fieldErrors)
  return (
    <form action={action} className="space-y-4 rounded-lg border border-line bg-surface p-4">
      <input type="hidden" name="postId" value={postId} />
      <MarkdownEditor name="body" label="Your follow-up" hint="E.g. “12 weeks later: …”. It is added below the story; nothing is overwritten." value={body} onChange={setBody} error={errors.body} rows={5} />
      {interventions.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="font-medium">How each thing you tried is going now</legend>
          {interventions.map((t, index) => (
            <div key={t.tagId} className="grid items-end gap-2 sm:grid-cols-[1fr_12rem_8rem]">
              <input type="hidden" name={`outcomes.${index}.tagId`} value={t.tagId} />
              <label htmlFor={`fu-outcome-${t.tagId}`} className="text-sm">
                <span className="font-medium">{t.name}</span>
                {t.outcome && <span className="text-muted"> (so far: {OUTCOME_LABELS[t.outcome]})</span>}
              </label>
              <select id={`fu-outcome-${t.tagId}`} name={`outcomes.${index}.outcome`} defaultValue="" className={inputClass}>
                <option value="">Unchanged</option>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {OUTCOME_LABELS[o]}
                  </option>
                ))}
              </select>
              <label className="text-sm">
                <span className="sr-only">Weeks of {t.name} so far</span>
                <input name={`outcomes.${index}.durationWeeks`} type="number" min={1} max={520} placeholder="weeks" className={inputClass} />
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="space-y-1">
        <label htmlFor="fu-skin" className="font-medium">
          How my skin is now
        </label>
        <select id="fu-skin" name="skinNow" defaultValue="" className={inputClass}>
          <SkinNowOptions />
        </select>
      </div>
      <FormButtons label="Add follow-up" state={state} onDone={onDone} />
    </form>
  )
}

/** Edit, delete and follow-up, for the story's author. */
export function StoryOwnerTools({ postId, kind, state }: { postId: number; kind: 'STORY' | 'DISCUSSION'; state: ThreadViewerState }) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'follow-up' | 'confirm-delete'>('idle')
  const [deleteState, deleteAction] = useActionState<FormResult, FormData>(deleteStory, idle)
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {state.editable && (
          <button type="button" onClick={() => setMode(mode === 'edit' ? 'idle' : 'edit')} aria-expanded={mode === 'edit'} className="font-medium underline">
            Edit {kind === 'STORY' ? 'story' : 'post'}
          </button>
        )}
        {state.canAddUpdate && (
          <button type="button" onClick={() => setMode(mode === 'follow-up' ? 'idle' : 'follow-up')} aria-expanded={mode === 'follow-up'} className="font-medium underline">
            Add a follow-up
          </button>
        )}
        {state.canDelete &&
          (mode === 'confirm-delete' ? (
            <form action={deleteAction} className="inline-flex flex-wrap items-center gap-2">
              <input type="hidden" name="postId" value={postId} />
              <span>Delete it? Replies stay readable.</span>
              <button type="submit" className="font-semibold text-bad underline">
                Yes, delete
              </button>
              <button type="button" onClick={() => setMode('idle')} className="underline">
                Keep it
              </button>
            </form>
          ) : (
            <button type="button" onClick={() => setMode('confirm-delete')} className="text-bad underline">
              Delete
            </button>
          ))}
        {deleteState.message && <Message state={deleteState} />}
      </div>
      {mode === 'edit' && state.editable && <EditStoryForm postId={postId} kind={kind} editable={state.editable} onDone={() => setMode('idle')} />}
      {mode === 'follow-up' && <FollowUpForm postId={postId} interventions={state.interventions} onDone={() => setMode('idle')} />}
    </div>
  )
}
