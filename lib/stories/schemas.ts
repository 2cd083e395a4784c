// One schema per story operation, shared by the composer in the browser (hints as you type)
// and the server actions (the truth). Browser-safe: no server imports.
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import { Outcome, SkinNow, Visibility } from '../generated/prisma/enums'

export const TITLE_MIN = 5
export const TITLE_MAX = 200
export const BODY_MIN = 20
export const BODY_MAX = 20_000
export const MAX_CONDITIONS = 5
export const MAX_INTERVENTIONS = 20
export const NOTE_MAX = 500
export const OTHER_CHANGES_MAX = 1000
export const MAX_DURATION_WEEKS = 520
export const UPDATE_BODY_MAX = 10_000

const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)

const id = z.coerce.number({ error: 'Choose one' }).int().positive('Choose one').max(2_147_483_647)
const optionalId = z.preprocess(blankToUndefined, id.optional())

const durationWeeks = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: 'Weeks must be a number' })
    .int('Whole weeks, please')
    .min(1, 'At least 1 week')
    .max(MAX_DURATION_WEEKS, `At most ${MAX_DURATION_WEEKS} weeks`)
    .optional(),
)

const optionalText = (max: number, label: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    storableString().max(max, `${label} can be at most ${max} characters`).optional(),
  )

const outcome = z.enum(Outcome, { error: 'Choose how it went' })
const skinNow = z.preprocess(blankToUndefined, z.enum(SkinNow).optional())

export const interventionSchema = z.object({
  tagId: id,
  outcome,
  durationWeeks,
  note: optionalText(NOTE_MAX, 'A note'),
})

const title = storableString()
  .trim()
  .min(TITLE_MIN, `A title needs at least ${TITLE_MIN} characters`)
  .max(TITLE_MAX, `A title can be at most ${TITLE_MAX} characters`)
const body = storableString()
  .trim()
  .min(BODY_MIN, `Tell a little more: at least ${BODY_MIN} characters`)
  .max(BODY_MAX, `At most ${BODY_MAX} characters`)

function uniqueIds(ids: number[]): boolean {
  return new Set(ids).size === ids.length
}

export const storySchema = z
  .object({
    kind: z.enum(['STORY', 'DISCUSSION']).default('STORY'),
    title,
    body,
    conditionIds: z
      .array(id)
      .min(1, 'Choose at least one condition')
      .max(MAX_CONDITIONS, `At most ${MAX_CONDITIONS} conditions`)
      .refine(uniqueIds, 'Each condition once'),
    tried: z.array(interventionSchema).max(MAX_INTERVENTIONS, `At most ${MAX_INTERVENTIONS} rows`).default([]),
    skinNow,
    otherChanges: optionalText(OTHER_CHANGES_MAX, 'Other changes'),
    questionId: optionalId,
    visibility: z.enum(Visibility).default('PUBLIC'),
  })
  .superRefine((story, ctx) => {
    if (story.kind === 'STORY' && story.tried.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['tried'], message: 'Add at least one thing you tried, or post a discussion instead' })
    }
    if (story.kind === 'DISCUSSION' && story.tried.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['tried'], message: 'A discussion has no outcomes: remove the rows or post a story' })
    }
    const seen = new Set<number>()
    story.tried.forEach((row, index) => {
      if (seen.has(row.tagId)) ctx.addIssue({ code: 'custom', path: ['tried', index, 'tagId'], message: 'Already in the list' })
      seen.add(row.tagId)
    })
  })

export type StoryInput = z.infer<typeof storySchema>

export const editStorySchema = z.object({
  postId: id,
  title,
  body,
  skinNow,
  otherChanges: optionalText(OTHER_CHANGES_MAX, 'Other changes'),
  visibility: z.enum(Visibility),
})
export type EditStoryInput = z.infer<typeof editStorySchema>

export const deleteStorySchema = z.object({ postId: id })

export const storyUpdateSchema = z
  .object({
    postId: id,
    body: storableString().trim().min(BODY_MIN, `Tell a little more: at least ${BODY_MIN} characters`).max(UPDATE_BODY_MAX, `At most ${UPDATE_BODY_MAX} characters`),
    skinNow,
    // Rows left on "unchanged" are not sent: only interventions with a new outcome.
    outcomes: z.array(interventionSchema).max(MAX_INTERVENTIONS).default([]),
  })
  .superRefine((update, ctx) => {
    if (!uniqueIds(update.outcomes.map((o) => o.tagId))) ctx.addIssue({ code: 'custom', path: ['outcomes'], message: 'Each intervention once' })
  })
export type StoryUpdateInput = z.infer<typeof storyUpdateSchema>

export const previewSchema = z.object({ source: storableString().max(BODY_MAX, `At most ${BODY_MAX} characters`) })

/** What a story form holds while being edited in the browser: every value as typed. */
export interface StoryDraft {
  kind: 'STORY' | 'DISCUSSION'
  title: string
  body: string
  conditionIds: number[]
  tried: { tagId: string; outcome: string; durationWeeks: string; note: string }[]
  skinNow: string
  otherChanges: string
  questionId: string
  visibility: string
}

export const EMPTY_INTERVENTION = { tagId: '', outcome: '', durationWeeks: '', note: '' }

export function emptyStoryDraft(questionId?: number): StoryDraft {
  return {
    kind: 'STORY',
    title: '',
    body: '',
    conditionIds: [],
    tried: [{ ...EMPTY_INTERVENTION }],
    skinNow: '',
    otherChanges: '',
    questionId: questionId ? String(questionId) : '',
    visibility: 'PUBLIC',
  }
}

const ROW_FIELD = /^(\w+)\.(\d+)\.(tagId|outcome|durationWeeks|note)$/

/** Rows named `prefix.N.field` (the "what I tried" and follow-up outcome rows), in order. */
export function readRows(formData: FormData, prefix: string): StoryDraft['tried'] {
  const rows = new Map<number, StoryDraft['tried'][number]>()
  for (const [name, value] of formData.entries()) {
    const match = ROW_FIELD.exec(name)
    if (!match || match[1] !== prefix || typeof value !== 'string') continue
    const index = Number(match[2])
    if (index >= MAX_INTERVENTIONS * 2) continue
    const row = rows.get(index) ?? { ...EMPTY_INTERVENTION }
    row[match[3] as keyof typeof row] = value
    rows.set(index, row)
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row)
}

/** Reads a submitted composer form (rows named tried.N.field) back into a draft. */
export function readStoryForm(formData: FormData): StoryDraft {
  const text = (name: string) => {
    const value = formData.get(name)
    return typeof value === 'string' ? value : ''
  }
  return {
    kind: text('kind') === 'DISCUSSION' ? 'DISCUSSION' : 'STORY',
    title: text('title'),
    body: text('body'),
    conditionIds: formData
      .getAll('conditionIds')
      .map((value) => Number(value))
      .filter((value) => Number.isInteger(value) && value > 0)
      .slice(0, MAX_CONDITIONS * 4),
    tried: readRows(formData, 'tried'),
    skinNow: text('skinNow'),
    otherChanges: text('otherChanges'),
    questionId: text('questionId'),
    visibility: text('visibility') || 'PUBLIC',
  }
}
