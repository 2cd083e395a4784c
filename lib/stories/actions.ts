'use server'
// Story mutations: (prevState, formData) → guard → validate → one transaction → revalidate or
// redirect. Expected failures come back as a FormResult (lib/forms.ts) so nothing typed is lost.
import { refreshPublicPages } from '../page-cache/refresh'
import { redirect } from 'next/navigation'
import { ForbiddenError, NotFoundError } from '../api/errors'
import { requireParticipant, type SessionUser } from '../auth'
import { db } from '../db'
import { bannedTermErrors } from '../defences/banned-terms'
import { duplicateBodyError } from '../defences/duplicate'
import { HELD_FOR_REVIEW_MESSAGE, containsLink, initialContentStatus, isNewAccount, type NewAccountFacts } from '../defences/new-account'
import { setPostStatus } from '../content-status'
import { formFailure } from '../form-failure'
import { failed, invalid, succeeded, typedValues, type FormResult } from '../forms'
import { paths } from '../paths'
import { enforce } from '../rate-limit'
import { followPostCounting, shiftTagPostCounts } from '../tag-counts'
import { STORY_UPDATE_LIMIT, canAddStoryUpdate, canDeletePost, canEditPost, storyRateLimit } from './policies'
import { deleteStorySchema, editStorySchema, readRows, readStoryForm, storySchema, storyUpdateSchema, type StoryInput } from './schemas'

const CHECK_FIELDS = 'Please check the highlighted fields.'
const wording = { invalid: CHECK_FIELDS }
const NEW_ACCOUNT_FOLLOW_UP_LINKS = 'New accounts cannot put links in follow-ups yet: post them in a reply, where a moderator checks them first.'

/** Tag ids must exist and be of the right kind; the question must exist. Field errors if not. */
async function checkReferences(input: StoryInput): Promise<Record<string, string> | null> {
  const ids = [...input.conditionIds, ...input.tried.map((t) => t.tagId)]
  const tags = await db.tag.findMany({ where: { id: { in: ids } }, select: { id: true, kind: true } })
  const kindOf = new Map(tags.map((t) => [t.id, t.kind]))
  const errors: Record<string, string> = {}
  if (input.conditionIds.some((id) => kindOf.get(id) !== 'CONDITION')) errors.conditionIds = 'Choose conditions from the list'
  input.tried.forEach((row, index) => {
    if (kindOf.get(row.tagId) !== 'INTERVENTION') errors[`tried.${index}.tagId`] = 'Choose something from the list'
  })
  if (input.questionId !== undefined) {
    const question = await db.articleQuestion.findUnique({ where: { id: input.questionId }, select: { id: true } })
    if (!question) errors.questionId = 'That question does not exist'
  }
  return Object.keys(errors).length ? errors : null
}

/** What the new-account rules need to know about the author. */
function loadAccount(user: SessionUser): Promise<NewAccountFacts> {
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { createdAt: true, approvedPostCount: true } })
}

async function enforceStoryLimit(user: SessionUser): Promise<NewAccountFacts> {
  const account = await loadAccount(user)
  const limit = storyRateLimit(account)
  await enforce(limit, user.id, `You have posted ${limit.points} stories in the last hour.`)
  return account
}

/** The story's free-text fields by form field name, for the banned-terms and link checks. */
function storyTexts(input: { title: string; body: string; otherChanges?: string; tried?: { note?: string }[] }): Record<string, string | undefined> {
  const texts: Record<string, string | undefined> = { title: input.title, body: input.body, otherChanges: input.otherChanges }
  input.tried?.forEach((row, index) => (texts[`tried.${index}.note`] = row.note))
  return texts
}

export async function createStory(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let created: { id: number; title: string }
  try {
    const user = await requireParticipant()
    const parsed = storySchema.safeParse(readStoryForm(formData))
    if (!parsed.success) return invalid(parsed.error, formData, CHECK_FIELDS)
    const input = parsed.data
    const referenceErrors = await checkReferences(input)
    if (referenceErrors) return failed(CHECK_FIELDS, formData, referenceErrors)
    const texts = storyTexts(input)
    const blocked = await bannedTermErrors(texts)
    if (blocked) return failed(CHECK_FIELDS, formData, blocked)
    const duplicate = await duplicateBodyError(user.id, input.body)
    if (duplicate) return failed(CHECK_FIELDS, formData, { body: duplicate })
    const account = await enforceStoryLimit(user)
    // A new account's story with a link waits for a moderator: not listed, not counted.
    const status = initialContentStatus(account, Object.values(texts))

    // "Only change": one intervention and nothing else changed at the same time.
    const onlyChange = input.tried.length === 1 && !input.otherChanges
    const tagIds = [...input.conditionIds, ...input.tried.map((t) => t.tagId)]
    created = await db.$transaction(async (tx) => {
      const post = await tx.post.create({
        data: {
          kind: input.kind,
          title: input.title,
          body: input.body,
          status,
          visibility: input.visibility,
          skinNow: input.kind === 'STORY' ? input.skinNow : undefined,
          otherChanges: input.kind === 'STORY' ? input.otherChanges : undefined,
          questionId: input.questionId,
          authorId: user.id,
          tags: {
            create: [
              ...input.conditionIds.map((tagId) => ({ tagId, tagKind: 'CONDITION' as const })),
              ...input.tried.map((row) => ({
                tagId: row.tagId,
                tagKind: 'INTERVENTION' as const,
                initialOutcome: row.outcome,
                outcome: row.outcome,
                initialDurationWeeks: row.durationWeeks,
                durationWeeks: row.durationWeeks,
                note: row.note,
                onlyChange,
              })),
            ],
          },
          // Authors follow their own threads.
          subscriptions: { create: { userId: user.id } },
        },
        select: { id: true, title: true },
      })
      // Tag counts and the author's approved posts cover visible posts; approval counts a held one.
      if (status === 'VISIBLE') {
        await shiftTagPostCounts(tx, tagIds, 1)
        await tx.user.update({ where: { id: user.id }, data: { approvedPostCount: { increment: 1 } } })
      }
      return post
    })
  } catch (error) {
    return formFailure(error, formData, wording)
  }
  refreshPublicPages()
  redirect(paths.thread(created.id, created.title))
}

async function loadOwnPost(postId: number) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, kind: true, title: true, body: true, otherChanges: true, status: true, visibility: true, authorId: true, deletedAt: true },
  })
  if (!post) throw new NotFoundError('That story does not exist.')
  return post
}

export async function editStory(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let held = false
  try {
    const user = await requireParticipant()
    const parsed = editStorySchema.safeParse(typedValues(formData))
    if (!parsed.success) return invalid(parsed.error, formData, CHECK_FIELDS)
    const input = parsed.data
    const post = await loadOwnPost(input.postId)
    if (!canEditPost(user, post)) throw new ForbiddenError('Only the author can edit this story.')
    const textChanged = post.title !== input.title || post.body !== input.body
    const texts = storyTexts(input)
    const blocked = await bannedTermErrors(texts)
    if (blocked) return failed(CHECK_FIELDS, formData, blocked)
    // A new account cannot slip a link in by editing a story that went up without one.
    held = post.status === 'VISIBLE' && isNewAccount(await loadAccount(user)) && Object.values(texts).some((text) => text && containsLink(text))
    held &&= textChanged || (input.otherChanges ?? null) !== post.otherChanges
    await db.$transaction(async (tx) => {
      // The version being replaced is kept, visible to the author and the moderators.
      if (textChanged) {
        await tx.revision.create({ data: { targetType: 'POST', postId: post.id, editorId: user.id, title: post.title, body: post.body } })
      }
      const updated = await tx.post.updateMany({
        where: { id: post.id, authorId: user.id, deletedAt: null },
        data: {
          title: input.title,
          body: input.body,
          visibility: input.visibility,
          ...(post.kind === 'STORY' ? { skinNow: input.skinNow ?? null, otherChanges: input.otherChanges ?? null } : {}),
          ...(textChanged ? { editedAt: new Date() } : {}),
        },
      })
      if (updated.count !== 1) throw new ForbiddenError('This story can no longer be edited.')
      if (held) await setPostStatus(tx, post.id, 'PENDING')
    })
  } catch (error) {
    return formFailure(error, formData, wording)
  }
  refreshPublicPages()
  return succeeded(held ? `Saved. ${HELD_FOR_REVIEW_MESSAGE}` : 'Saved.')
}

export async function deleteStory(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let post: Awaited<ReturnType<typeof loadOwnPost>>
  try {
    const user = await requireParticipant()
    const parsed = deleteStorySchema.safeParse(typedValues(formData))
    if (!parsed.success) return invalid(parsed.error, formData, 'Which story?')
    post = await loadOwnPost(parsed.data.postId)
    if (post.deletedAt !== null && post.authorId === user.id) throw new ForbiddenError('This story was already deleted.')
    if (!canDeletePost(user, post)) throw new ForbiddenError('Only the author can delete this story.')
    const { id, status } = post
    await db.$transaction(async (tx) => {
      const deleted = await tx.post.updateMany({ where: { id, authorId: user.id, deletedAt: null }, data: { deletedAt: new Date() } })
      if (deleted.count !== 1) throw new ForbiddenError('This story was already deleted.')
      // Tag counts cover public posts: a visible one stops counting.
      await followPostCounting(tx, id, status === 'VISIBLE', false)
    })
  } catch (error) {
    return formFailure(error, formData, wording)
  }
  refreshPublicPages()
  redirect(paths.thread(post.id, post.title))
}

export async function addStoryUpdate(_prev: FormResult, formData: FormData): Promise<FormResult> {
  try {
    const user = await requireParticipant()
    // Rows left on "unchanged" carry no outcome and are not part of the update.
    const outcomes = readRows(formData, 'outcomes').filter((row) => row.outcome !== '')
    const parsed = storyUpdateSchema.safeParse({ ...typedValues(formData), outcomes })
    if (!parsed.success) return invalid(parsed.error, formData, CHECK_FIELDS)
    const input = parsed.data
    const post = await loadOwnPost(input.postId)
    if (!canAddStoryUpdate(user, post)) throw new ForbiddenError('Only the author can add a follow-up to this story.')
    const interventions = await db.postTag.findMany({ where: { postId: post.id, tagKind: 'INTERVENTION' }, select: { tagId: true } })
    const known = new Set(interventions.map((t) => t.tagId))
    if (input.outcomes.some((o) => !known.has(o.tagId))) {
      return failed('A follow-up can only update what the story says you tried.', formData, { outcomes: 'Unknown intervention' })
    }
    const texts: Record<string, string | undefined> = { body: input.body }
    input.outcomes.forEach((o, index) => (texts[`outcomes.${index}.note`] = o.note))
    const blocked = await bannedTermErrors(texts)
    if (blocked) return failed(CHECK_FIELDS, formData, blocked)
    // Follow-ups are not reviewed one by one, so a new account's may not carry links at all.
    if (Object.values(texts).some((text) => text && containsLink(text)) && isNewAccount(await loadAccount(user))) {
      return failed(CHECK_FIELDS, formData, { body: NEW_ACCOUNT_FOLLOW_UP_LINKS })
    }
    await enforce(STORY_UPDATE_LIMIT, user.id, 'You have added many follow-ups in the last hour.')
    const now = new Date()
    await db.$transaction(async (tx) => {
      await tx.storyUpdate.create({
        data: {
          postId: post.id,
          authorId: user.id,
          body: input.body,
          skinNow: input.skinNow,
          createdAt: now,
          outcomes: { create: input.outcomes.map((o) => ({ tagId: o.tagId, outcome: o.outcome, durationWeeks: o.durationWeeks, note: o.note })) },
        },
      })
      // The newest outcome is the one that counts; the initial one stays as first posted.
      for (const o of input.outcomes) {
        await tx.postTag.update({
          where: { postId_tagId: { postId: post.id, tagId: o.tagId } },
          data: { outcome: o.outcome, ...(o.durationWeeks !== undefined ? { durationWeeks: o.durationWeeks } : {}) },
        })
      }
      await tx.post.update({
        where: { id: post.id },
        data: { lastActivityAt: now, ...(input.skinNow ? { skinNow: input.skinNow } : {}) },
      })
    })
  } catch (error) {
    return formFailure(error, formData, wording)
  }
  refreshPublicPages()
  return succeeded('Follow-up added.')
}
