import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { db } from '@/lib/db'
import { consume } from '@/lib/rate-limit'
import { addStoryUpdate, createStory, deleteStory, editStory } from '@/lib/stories/actions'
import { storyRateLimit } from '@/lib/stories/policies'
import { getThreadPost } from '@/lib/stories/queries'
import { createComment, createStory as seedStory, createTag, createUser } from '../../factories'
import { RedirectSignal, form, signInAs } from './session'

vi.mock('next-auth', async (importOriginal) => (await import('./session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('./session')).navigationMock)
vi.mock('next/cache', async () => (await import('./session')).cacheMock)

const DAY = 86_400_000

/** A member whose account is past the new-account rules (a month old, with approved posts). */
async function member() {
  const user = await createUser()
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 } })
  return user
}

async function catalogue() {
  const acne = await createTag({ kind: 'CONDITION', name: 'Acne' })
  const zinc = await createTag({ kind: 'INTERVENTION', name: 'Zinc' })
  const sugar = await createTag({ kind: 'INTERVENTION', name: 'Less sugar' })
  return { acne, zinc, sugar }
}

async function expectRedirect(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(RedirectSignal)
  return (error as RedirectSignal).url
}

function storyForm(tags: Awaited<ReturnType<typeof catalogue>>, overrides: Record<string, string | number | (string | number)[] | undefined> = {}) {
  return form({
    kind: 'STORY',
    title: 'Zinc and less sugar helped my acne',
    body: 'Twelve weeks of zinc and cutting sugar, and my skin is calmer.',
    conditionIds: [tags.acne.id],
    'tried.0.tagId': tags.zinc.id,
    'tried.0.outcome': 'HELPED_A_LOT',
    'tried.0.durationWeeks': '12',
    'tried.0.note': '30 mg',
    'tried.1.tagId': tags.sugar.id,
    'tried.1.outcome': 'HELPED',
    'tried.1.durationWeeks': '',
    skinNow: 'BETTER',
    otherChanges: '',
    visibility: 'PUBLIC',
    ...overrides,
  })
}

describe('createStory', () => {
  beforeEach(() => signInAs(null))

  it('creates a story with its outcomes, follows it for the author and counts its tags', async () => {
    const tags = await catalogue()
    const author = await member()
    signInAs(author)
    const url = await expectRedirect(createStory(idle, storyForm(tags)))
    const id = Number(/\/t\/(\d+)\//.exec(url)?.[1])
    const post = await db.post.findUniqueOrThrow({
      where: { id },
      select: {
        title: true,
        skinNow: true,
        authorId: true,
        tags: { orderBy: { tagId: 'asc' }, select: { tagId: true, tagKind: true, outcome: true, initialOutcome: true, durationWeeks: true, note: true, onlyChange: true } },
        subscriptions: { select: { userId: true } },
      },
    })
    expect(url).toBe(`/t/${id}/zinc-and-less-sugar-helped-my-acne`)
    expect(post.authorId).toBe(author.id)
    expect(post.skinNow).toBe('BETTER')
    expect(post.tags).toEqual([
      { tagId: tags.acne.id, tagKind: 'CONDITION', outcome: null, initialOutcome: null, durationWeeks: null, note: null, onlyChange: false },
      { tagId: tags.zinc.id, tagKind: 'INTERVENTION', outcome: 'HELPED_A_LOT', initialOutcome: 'HELPED_A_LOT', durationWeeks: 12, note: '30 mg', onlyChange: false },
      { tagId: tags.sugar.id, tagKind: 'INTERVENTION', outcome: 'HELPED', initialOutcome: 'HELPED', durationWeeks: null, note: null, onlyChange: false },
    ])
    expect(post.subscriptions).toEqual([{ userId: author.id }])
    const counts = await db.tag.findMany({ where: { id: { in: [tags.acne.id, tags.zinc.id] } }, select: { postCount: true } })
    expect(counts.map((c) => c.postCount)).toEqual([1, 1])
  })

  it('marks a single intervention with no other changes as the only change', async () => {
    const tags = await catalogue()
    signInAs(await member())
    const url = await expectRedirect(createStory(idle, storyForm(tags, { 'tried.1.tagId': undefined, 'tried.1.outcome': undefined, 'tried.1.durationWeeks': undefined })))
    const id = Number(/\/t\/(\d+)/.exec(url)?.[1])
    expect((await db.postTag.findFirstOrThrow({ where: { postId: id, tagKind: 'INTERVENTION' } })).onlyChange).toBe(true)
  })

  it('answers invalid input with field errors next to each field and keeps every value', async () => {
    const tags = await catalogue()
    signInAs(await member())
    const state = await createStory(
      idle,
      storyForm(tags, { title: 'Hi', conditionIds: [], 'tried.0.outcome': '', 'tried.1.durationWeeks': 'soon', 'tried.1.tagId': tags.zinc.id }),
    )
    expect(state.fieldErrors).toMatchObject({
      title: [expect.stringMatching(/at least/)],
      conditionIds: ['Choose at least one condition'],
      'tried.0.outcome': ['Choose how it went'],
      'tried.1.durationWeeks': ['Weeks must be a number'],
    })
    expect(state.values).toMatchObject({ title: 'Hi', 'tried.0.tagId': String(tags.zinc.id), 'tried.0.note': '30 mg', 'tried.1.durationWeeks': 'soon' })
  })

  it('points at an intervention listed twice', async () => {
    const tags = await catalogue()
    signInAs(await member())
    const state = await createStory(idle, storyForm(tags, { 'tried.1.tagId': tags.zinc.id }))
    expect(state.fieldErrors).toEqual({ 'tried.1.tagId': ['Already in the list'] })
  })

  it('refuses a condition given as an intervention, and an unknown question', async () => {
    const tags = await catalogue()
    signInAs(await member())
    const state = await createStory(idle, storyForm(tags, { 'tried.1.tagId': tags.acne.id, questionId: 999_999 }))
    expect(state.fieldErrors).toEqual({ 'tried.1.tagId': ['Choose something from the list'], questionId: ['That question does not exist'] })
  })

  it('allows a discussion without outcomes, but not a story without any', async () => {
    const tags = await catalogue()
    signInAs(await member())
    const noRows = { 'tried.0.tagId': undefined, 'tried.0.outcome': undefined, 'tried.0.durationWeeks': undefined, 'tried.0.note': undefined, 'tried.1.tagId': undefined, 'tried.1.outcome': undefined, 'tried.1.durationWeeks': undefined }
    expect((await createStory(idle, storyForm(tags, noRows))).fieldErrors?.tried?.[0]).toMatch(/at least one/)
    await expectRedirect(createStory(idle, storyForm(tags, { ...noRows, kind: 'DISCUSSION' })))
  })

  it('asks an anonymous visitor to sign in, and refuses a banned member, keeping the text', async () => {
    const tags = await catalogue()
    const anonymous = await createStory(idle, storyForm(tags))
    expect(anonymous.message).toMatch(/sign in/i)
    expect(anonymous.values?.title).toBe('Zinc and less sugar helped my acne')
    const banned = await member()
    await db.user.update({ where: { id: banned.id }, data: { status: 'BANNED' } })
    signInAs(banned)
    expect((await createStory(idle, storyForm(tags))).message).toMatch(/banned/)
    expect(await db.post.count({ where: { authorId: banned.id } })).toBe(0)
  })

  it('limits stories per hour, lower for accounts younger than a day', async () => {
    const tags = await catalogue()
    const fresh = await createUser()
    signInAs(fresh)
    const newLimit = storyRateLimit({ createdAt: new Date(), approvedPostCount: 0 })
    // Each with its own text: the same text twice within an hour is refused (lib/defences/duplicate.ts).
    const body = (i: number | string) => `Story number ${i}: twelve weeks of zinc, and my skin is calmer.`
    for (let i = 0; i < newLimit.points; i++) await expectRedirect(createStory(idle, storyForm(tags, { title: `Story number ${i}`, body: body(i) })))
    const refused = await createStory(idle, storyForm(tags, { title: 'One story too many', body: body('too many') }))
    expect(refused.message).toMatch(new RegExp(`posted ${newLimit.points} stories in the last hour`))
    expect(refused.values?.title).toBe('One story too many')

    const older = await member()
    const limit = storyRateLimit({ createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 })
    expect(limit.points).toBeGreaterThan(newLimit.points)
    await consume(limit, older.id, limit.points)
    signInAs(older)
    expect((await createStory(idle, storyForm(tags))).message).toMatch(/in the last hour/)
  })
})

describe('editStory, deleteStory and addStoryUpdate', () => {
  async function ownStory() {
    const tags = await catalogue()
    const author = await member()
    const story = await seedStory({ authorId: author.id, title: 'First title', body: 'First body of the story.', conditions: [tags.acne], tried: [{ tag: tags.zinc, outcome: 'NO_CHANGE', durationWeeks: 4 }] })
    return { tags, author, story }
  }

  it('keeps the previous version as a revision and shows "edited"', async () => {
    const { author, story } = await ownStory()
    signInAs(author)
    const state = await editStory(idle, form({ postId: story.id, title: 'Better title', body: 'A clearer body of the story.', visibility: 'MEMBERS', skinNow: 'SAME' }))
    expect(state).toMatchObject({ status: 'success' })
    const post = await db.post.findUniqueOrThrow({ where: { id: story.id }, select: { title: true, visibility: true, editedAt: true, skinNow: true } })
    expect(post).toMatchObject({ title: 'Better title', visibility: 'MEMBERS', skinNow: 'SAME' })
    expect(post.editedAt).not.toBeNull()
    expect(await db.revision.findMany({ where: { postId: story.id }, select: { title: true, body: true, editorId: true } })).toEqual([
      { title: 'First title', body: 'First body of the story.', editorId: author.id },
    ])
  })

  it('lets only the author edit, delete or follow up, with field errors for bad input', async () => {
    const { author, story } = await ownStory()
    signInAs(await member())
    expect((await editStory(idle, form({ postId: story.id, title: 'Hijacked title', body: 'Somebody else wrote this.', visibility: 'PUBLIC' }))).message).toMatch(/Only the author/)
    expect((await deleteStory(idle, form({ postId: story.id }))).message).toMatch(/Only the author/)
    expect((await addStoryUpdate(idle, form({ postId: story.id, body: 'Not my story to update at all.' }))).message).toMatch(/Only the author/)
    signInAs(author)
    const invalid = await editStory(idle, form({ postId: story.id, title: '', body: 'short', visibility: 'EVERYONE' }))
    expect(Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(['body', 'title', 'visibility'])
    expect(invalid.values?.body).toBe('short')
  })

  it('deletes to "[deleted]" while the replies stay, and takes it out of the tag counts', async () => {
    const { tags, author, story } = await ownStory()
    await db.tag.updateMany({ where: { id: { in: [tags.acne.id, tags.zinc.id] } }, data: { postCount: 1 } })
    await createComment({ postId: story.id, authorId: (await member()).id, body: 'A reply that stays' })
    signInAs(author)
    await expectRedirect(deleteStory(idle, form({ postId: story.id })))
    const view = await getThreadPost(story.id, null)
    expect(view?.deleted).toBe(true)
    expect(view?.bodyHtml).toBeNull()
    expect(view?.authorHandle).toBeNull()
    expect(view?.commentCount).toBe(1)
    expect((await db.tag.findMany({ where: { id: { in: [tags.acne.id, tags.zinc.id] } }, select: { postCount: true } })).map((t) => t.postCount)).toEqual([0, 0])
    expect((await editStory(idle, form({ postId: story.id, title: 'Back again', body: 'Trying to edit a deleted story.', visibility: 'PUBLIC' }))).message).toMatch(/Only the author/)
    // Deleting it again says what happened, not that someone else wrote it.
    expect((await deleteStory(idle, form({ postId: story.id }))).message).toBe('This story was already deleted.')
  })

  it('appends a follow-up whose outcome becomes current while the first one is kept', async () => {
    const { tags, author, story } = await ownStory()
    signInAs(author)
    const state = await addStoryUpdate(
      idle,
      form({ postId: story.id, body: '12 weeks later: the zinc finally works.', skinNow: 'BETTER', 'outcomes.0.tagId': tags.zinc.id, 'outcomes.0.outcome': 'HELPED', 'outcomes.0.durationWeeks': '12' }),
    )
    expect(state).toMatchObject({ status: 'success' })
    const tag = await db.postTag.findUniqueOrThrow({ where: { postId_tagId: { postId: story.id, tagId: tags.zinc.id } } })
    expect(tag).toMatchObject({ initialOutcome: 'NO_CHANGE', outcome: 'HELPED', initialDurationWeeks: 4, durationWeeks: 12 })
    const view = await getThreadPost(story.id, null)
    expect(view?.updates).toHaveLength(1)
    expect(view?.updates[0]?.outcomes).toEqual([expect.objectContaining({ outcome: 'HELPED', durationWeeks: 12 })])
    expect(view?.skinNow).toBe('BETTER')
    expect(view?.bodyHtml).toContain('First body')
  })

  it('refuses a follow-up about something the story never mentioned', async () => {
    const { tags, author, story } = await ownStory()
    signInAs(author)
    const state = await addStoryUpdate(idle, form({ postId: story.id, body: 'Also tried less sugar meanwhile.', 'outcomes.0.tagId': tags.sugar.id, 'outcomes.0.outcome': 'HELPED' }))
    expect(state.fieldErrors?.outcomes?.[0]).toBe('Unknown intervention')
    expect(await db.storyUpdate.count({ where: { postId: story.id } })).toBe(0)
  })
})
