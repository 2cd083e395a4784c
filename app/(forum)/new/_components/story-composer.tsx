'use client'
import { useActionState, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useFormStatus } from 'react-dom'
import type { ComposerOptions, TagOption } from '@/lib/stories/composer-queries'
import { createStory } from '@/lib/stories/actions'
import { findContactInfo } from '@/lib/stories/contact-info'
import { OUTCOME_LABELS } from '@/lib/stories/labels'
import {
  EMPTY_INTERVENTION,
  MAX_CONDITIONS,
  MAX_INTERVENTIONS,
  emptyStoryDraft,
  storySchema,
  type StoryDraft,
} from '@/lib/stories/schemas'
import { firstErrors, idle, zodFieldErrors, type FormResult } from '@/lib/forms'
import { MarkdownEditor } from '@/components/editor/markdown-editor'
import { SkinNowOptions, inputClass } from '@/components/editor/fields'

const DRAFT_KEY = 'whathelped:story-draft:v1'
const DRAFT_SAVE_DELAY_MS = 300
const OUTCOMES = Object.keys(OUTCOME_LABELS) as (keyof typeof OUTCOME_LABELS)[]
const CATEGORY_LABELS: Record<string, string> = {
  PROBIOTIC: 'Probiotics',
  PREBIOTIC: 'Prebiotics and fibre',
  DIET: 'Diet',
  LIFESTYLE: 'Lifestyle',
  SUPPLEMENT: 'Supplements',
  TOPICAL: 'Topicals',
  MEDICATION: 'Medication',
  PROCEDURE: 'Procedures',
  OTHER: 'Other',
}


function loadDraft(): StoryDraft | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_KEY)
    if (!raw) return null
    const parsed = JSON.parse(raw) as Partial<StoryDraft>
    return { ...emptyStoryDraft(), ...parsed }
  } catch {
    return null
  }
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} className="text-sm font-medium text-bad">
      {message}
    </p>
  )
}

function SubmitButton({ disabled }: { disabled: boolean }) {
  const { pending } = useFormStatus()
  return (
    <button type="submit" disabled={pending || disabled} className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-accent-ink disabled:opacity-60">
      {pending ? 'Posting…' : 'Post'}
    </button>
  )
}

function matches(tag: TagOption, query: string): boolean {
  const q = query.trim().toLowerCase()
  return !q || tag.name.toLowerCase().includes(q) || tag.synonyms.some((s) => s.includes(q))
}

export function StoryComposer({ options, questionId }: { options: ComposerOptions; questionId?: number }) {
  const [state, formAction] = useActionState<FormResult, FormData>(createStory, idle)
  const [draft, setDraft] = useState<StoryDraft>(() => emptyStoryDraft(questionId))
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null)
  const [conditionQuery, setConditionQuery] = useState('')
  const [contactConfirmed, setContactConfirmed] = useState(false)
  const [restored, setRestored] = useState(false)
  const loaded = useRef(false)
  const messageRef = useRef<HTMLParagraphElement>(null)
  const uid = useId()
  const errors = clientErrors ?? firstErrors(state.fieldErrors)

  // Restore a draft after a reload or crash; only on the client, after hydration.
  useEffect(() => {
    const saved = loadDraft()
    if (saved) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setDraft(questionId && !saved.questionId ? { ...saved, questionId: String(questionId) } : saved)
      setRestored(true)
    }
    loaded.current = true
  }, [questionId])

  useEffect(() => {
    if (!loaded.current) return
    const timer = setTimeout(() => window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft)), DRAFT_SAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [draft])

  // A refused submit: keep the draft stored and bring the message into view.
  useEffect(() => {
    if (!state.message) return
    window.localStorage.setItem(DRAFT_KEY, JSON.stringify(draft))
    messageRef.current?.focus()
    // Only when a new server answer arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state])

  const contact = useMemo(
    () => findContactInfo([draft.title, draft.body, draft.otherChanges, ...draft.tried.map((t) => t.note)].join('\n')),
    [draft.title, draft.body, draft.otherChanges, draft.tried],
  )
  const hasContact = contact.emails.length > 0 || contact.phones.length > 0

  const update = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) => setDraft((d) => ({ ...d, [key]: value }))
  const updateRow = (index: number, field: keyof StoryDraft['tried'][number], value: string) =>
    setDraft((d) => ({ ...d, tried: d.tried.map((row, i) => (i === index ? { ...row, [field]: value } : row)) }))
  const toggleCondition = (id: number) =>
    setDraft((d) => ({
      ...d,
      conditionIds: d.conditionIds.includes(id) ? d.conditionIds.filter((c) => c !== id) : [...d.conditionIds, id],
    }))

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    const parsed = storySchema.safeParse(draft)
    if (!parsed.success) {
      event.preventDefault()
      setClientErrors(firstErrors(zodFieldErrors(parsed.error)))
      requestAnimationFrame(() => (document.querySelector('[aria-invalid="true"]') as HTMLElement | null)?.focus())
      return
    }
    if (hasContact && !contactConfirmed) {
      event.preventDefault()
      document.getElementById(`${uid}-contact`)?.focus()
      return
    }
    setClientErrors(null)
    // Posted: the draft goes; a refused submit stores it again (see above).
    window.localStorage.removeItem(DRAFT_KEY)
  }

  function discardDraft() {
    window.localStorage.removeItem(DRAFT_KEY)
    setDraft(emptyStoryDraft(questionId))
    setRestored(false)
    setClientErrors(null)
  }

  const conditionsById = new Map(options.conditions.map((c) => [c.id, c]))
  const visibleConditions = options.conditions.filter((c) => matches(c, conditionQuery))
  const interventionGroups = Object.entries(
    options.interventions.reduce<Record<string, TagOption[]>>((groups, tag) => {
      ;(groups[tag.category ?? 'OTHER'] ??= []).push(tag)
      return groups
    }, {}),
  )
  const isStory = draft.kind === 'STORY'
  const err = (key: string) => errors[key]
  const invalid = (key: string) => (errors[key] ? true : undefined)
  const described = (key: string) => (errors[key] ? `${uid}-${key}-error` : undefined)
  const formMessage = clientErrors ? 'Please check the highlighted fields.' : state.message

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {restored && (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-accent-soft/40 p-3 text-sm">
          <span>Your unsent draft was restored.</span>
          <button type="button" onClick={discardDraft} className="text-accent underline">
            Start over
          </button>
        </div>
      )}

      <fieldset className="space-y-2">
        <legend className="font-medium">What are you posting?</legend>
        <div className="flex flex-wrap gap-4">
          {(
            [
              ['STORY', 'A story: what I tried and how it went'],
              ['DISCUSSION', 'A discussion or question (no outcomes)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="kind" value={value} checked={draft.kind === value} onChange={() => update('kind', value)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="space-y-2">
        <label htmlFor={`${uid}-title`} className="font-medium">
          Title
        </label>
        <input
          id={`${uid}-title`}
          name="title"
          value={draft.title}
          onChange={(e) => update('title', e.target.value)}
          maxLength={200}
          aria-invalid={invalid('title')}
          aria-describedby={described('title')}
          className={inputClass}
        />
        <FieldError id={`${uid}-title-error`} message={err('title')} />
      </div>

      <MarkdownEditor
        name="body"
        label={isStory ? 'Your story' : 'What you want to discuss'}
        hint="Markdown works: **bold**, lists, links, > quotes. No medical advice, just your experience."
        value={draft.body}
        onChange={(value) => update('body', value)}
        error={err('body')}
        rows={10}
      />

      <fieldset className="space-y-3" aria-describedby={described('conditionIds')}>
        <legend className="font-medium">Conditions it is about (at least one, up to {MAX_CONDITIONS})</legend>
        {draft.conditionIds.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Chosen conditions">
            {draft.conditionIds.map((id) => (
              <li key={id}>
                <input type="hidden" name="conditionIds" value={id} />
                <button
                  type="button"
                  onClick={() => toggleCondition(id)}
                  className="rounded-full border border-accent/40 bg-accent-soft px-2.5 py-0.5 text-sm"
                  aria-label={`Remove ${conditionsById.get(id)?.name ?? 'condition'}`}
                >
                  {conditionsById.get(id)?.name ?? `#${id}`} <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <label htmlFor={`${uid}-condition-search`} className="sr-only">
          Search conditions
        </label>
        <input
          id={`${uid}-condition-search`}
          type="search"
          placeholder="Search conditions, e.g. eczema, spots, rosacea"
          value={conditionQuery}
          onChange={(e) => setConditionQuery(e.target.value)}
          aria-invalid={invalid('conditionIds')}
          className={inputClass}
        />
        <div className="max-h-56 overflow-y-auto rounded-lg border border-line p-2">
          {visibleConditions.length ? (
            <ul className="grid gap-1 sm:grid-cols-2">
              {visibleConditions.map((tag) => (
                <li key={tag.id}>
                  <label className="flex items-center gap-2 rounded px-1 py-0.5 hover:bg-neutral-soft">
                    <input type="checkbox" checked={draft.conditionIds.includes(tag.id)} onChange={() => toggleCondition(tag.id)} />
                    {tag.name}
                  </label>
                </li>
              ))}
            </ul>
          ) : (
            <p className="p-1 text-sm text-muted">No condition matches &ldquo;{conditionQuery}&rdquo;.</p>
          )}
        </div>
        <FieldError id={`${uid}-conditionIds-error`} message={err('conditionIds')} />
      </fieldset>

      {isStory && (
        <fieldset className="space-y-4">
          <legend className="font-medium">What I tried</legend>
          <p className="text-sm text-muted">One row per thing you tried, with how it went. Weeks and a note are optional.</p>
          <ol className="space-y-4">
            {draft.tried.map((row, index) => {
              const key = (field: string) => `tried.${index}.${field}`
              return (
                <li key={index} className="space-y-3 rounded-lg border border-line bg-surface p-3">
                  <div className="grid gap-3 sm:grid-cols-2">
                    <div className="space-y-1">
                      <label htmlFor={`${uid}-${key('tagId')}`} className="text-sm font-medium">
                        Intervention {index + 1}
                      </label>
                      <select
                        id={`${uid}-${key('tagId')}`}
                        name={key('tagId')}
                        value={row.tagId}
                        onChange={(e) => updateRow(index, 'tagId', e.target.value)}
                        aria-invalid={invalid(key('tagId'))}
                        aria-describedby={described(key('tagId'))}
                        className={inputClass}
                      >
                        <option value="">Choose…</option>
                        {interventionGroups.map(([category, tags]) => (
                          <optgroup key={category} label={CATEGORY_LABELS[category] ?? category}>
                            {tags.map((tag) => (
                              <option key={tag.id} value={tag.id}>
                                {tag.name}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </select>
                      <FieldError id={`${uid}-${key('tagId')}-error`} message={err(key('tagId'))} />
                    </div>
                    <div className="space-y-1">
                      <label htmlFor={`${uid}-${key('outcome')}`} className="text-sm font-medium">
                        How it went
                      </label>
                      <select
                        id={`${uid}-${key('outcome')}`}
                        name={key('outcome')}
                        value={row.outcome}
                        onChange={(e) => updateRow(index, 'outcome', e.target.value)}
                        aria-invalid={invalid(key('outcome'))}
                        aria-describedby={described(key('outcome'))}
                        className={inputClass}
                      >
                        <option value="">Choose…</option>
                        {OUTCOMES.map((o) => (
                          <option key={o} value={o}>
                            {OUTCOME_LABELS[o]}
                          </option>
                        ))}
                      </select>
                      <FieldError id={`${uid}-${key('outcome')}-error`} message={err(key('outcome'))} />
                    </div>
                    <div className="space-y-1">
                      <label htmlFor={`${uid}-${key('durationWeeks')}`} className="text-sm font-medium">
                        For how many weeks (optional)
                      </label>
                      <input
                        id={`${uid}-${key('durationWeeks')}`}
                        name={key('durationWeeks')}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={520}
                        value={row.durationWeeks}
                        onChange={(e) => updateRow(index, 'durationWeeks', e.target.value)}
                        aria-invalid={invalid(key('durationWeeks'))}
                        aria-describedby={described(key('durationWeeks'))}
                        className={inputClass}
                      />
                      <FieldError id={`${uid}-${key('durationWeeks')}-error`} message={err(key('durationWeeks'))} />
                    </div>
                    <div className="space-y-1">
                      <label htmlFor={`${uid}-${key('note')}`} className="text-sm font-medium">
                        Note (optional)
                      </label>
                      <input
                        id={`${uid}-${key('note')}`}
                        name={key('note')}
                        value={row.note}
                        maxLength={500}
                        onChange={(e) => updateRow(index, 'note', e.target.value)}
                        aria-invalid={invalid(key('note'))}
                        aria-describedby={described(key('note'))}
                        className={inputClass}
                      />
                      <FieldError id={`${uid}-${key('note')}-error`} message={err(key('note'))} />
                    </div>
                  </div>
                  {draft.tried.length > 1 && (
                    <button
                      type="button"
                      onClick={() => setDraft((d) => ({ ...d, tried: d.tried.filter((_, i) => i !== index) }))}
                      className="text-sm text-bad underline"
                    >
                      Remove intervention {index + 1}
                    </button>
                  )}
                </li>
              )
            })}
          </ol>
          <FieldError id={`${uid}-tried-error`} message={err('tried')} />
          {draft.tried.length < MAX_INTERVENTIONS && (
            <button
              type="button"
              onClick={() => setDraft((d) => ({ ...d, tried: [...d.tried, { ...EMPTY_INTERVENTION }] }))}
              className="rounded-lg border border-line px-3 py-1.5 text-sm font-medium"
            >
              Add another thing I tried
            </button>
          )}
        </fieldset>
      )}

      {isStory && (
        <div className="grid gap-6 sm:grid-cols-2">
          <div className="space-y-2">
            <label htmlFor={`${uid}-skinNow`} className="font-medium">
              How my skin is now (optional)
            </label>
            <select id={`${uid}-skinNow`} name="skinNow" value={draft.skinNow} onChange={(e) => update('skinNow', e.target.value)} className={inputClass}>
              <SkinNowOptions />
            </select>
          </div>
          <div className="space-y-2 sm:col-span-2">
            <label htmlFor={`${uid}-otherChanges`} className="font-medium">
              Other changes I made at the same time (optional)
            </label>
            <p id={`${uid}-otherChanges-hint`} className="text-sm text-muted">
              New skincare, medication, moving house… so readers know when an outcome has several possible causes.
            </p>
            <textarea
              id={`${uid}-otherChanges`}
              name="otherChanges"
              rows={2}
              maxLength={1000}
              value={draft.otherChanges}
              onChange={(e) => update('otherChanges', e.target.value)}
              aria-invalid={invalid('otherChanges')}
              aria-describedby={`${uid}-otherChanges-hint`}
              className={inputClass}
            />
            <FieldError id={`${uid}-otherChanges-error`} message={err('otherChanges')} />
          </div>
        </div>
      )}

      <div className="grid gap-6 sm:grid-cols-2">
        <div className="space-y-2">
          <label htmlFor={`${uid}-questionId`} className="font-medium">
            Answers the article&rsquo;s question (optional)
          </label>
          <select
            id={`${uid}-questionId`}
            name="questionId"
            value={draft.questionId}
            onChange={(e) => update('questionId', e.target.value)}
            aria-invalid={invalid('questionId')}
            className={inputClass}
          >
            <option value="">None</option>
            {options.questions.map((q) => (
              <option key={q.id} value={q.id}>
                {q.text}
              </option>
            ))}
          </select>
          <FieldError id={`${uid}-questionId-error`} message={err('questionId')} />
        </div>
        <fieldset className="space-y-2">
          <legend className="font-medium">Who can read it</legend>
          <label className="flex items-start gap-2">
            <input type="radio" name="visibility" value="PUBLIC" checked={draft.visibility === 'PUBLIC'} onChange={() => update('visibility', 'PUBLIC')} className="mt-1" />
            <span>Everyone</span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="visibility" value="MEMBERS" checked={draft.visibility === 'MEMBERS'} onChange={() => update('visibility', 'MEMBERS')} className="mt-1" />
            <span>
              Members only <span className="block text-sm text-muted">Visitors and search engines see the title and a short excerpt.</span>
            </span>
          </label>
        </fieldset>
      </div>

      {hasContact && (
        <div role="alert" className="space-y-2 rounded-lg border border-bad/40 bg-bad-soft p-4 text-sm text-bad">
          <p className="font-semibold">This looks like contact details:</p>
          <ul className="list-disc pl-5">
            {[...contact.emails, ...contact.phones].map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p>Health stories and contact details do not mix: anyone can read this. Consider removing them.</p>
          <label className="flex items-center gap-2 font-medium">
            <input id={`${uid}-contact`} type="checkbox" checked={contactConfirmed} onChange={(e) => setContactConfirmed(e.target.checked)} />
            Post it with these details anyway
          </label>
        </div>
      )}

      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton disabled={hasContact && !contactConfirmed} />
        <p ref={messageRef} tabIndex={-1} role="status" aria-live="polite" className={`text-sm ${formMessage ? 'font-medium text-bad' : 'text-muted'}`}>
          {formMessage ?? 'Your draft is kept in this browser until you post.'}
        </p>
      </div>
    </form>
  )
}
