import { beforeEach, describe, expect, it, vi } from 'vitest'
import { eraseUser } from '@/lib/accounts/delete'
import { db } from '@/lib/db'
import { idle } from '@/lib/forms'
import { setPostStatus } from '@/lib/content-status'
import { replacePostTags } from '@/lib/moderation/tags'
import { createStory, deleteStory } from '@/lib/stories/actions'
import { createStory as seedStory, createTag, createUser } from '../factories'
import { RedirectSignal, form, signInAs } from './stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('./stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('./stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('./stories/session')).cacheMock)

const DAY = 86_400_000

/** Tag.postCount against the rows it counts: visible, undeleted posts carrying the tag. */
async function countsAreRight(tagIds: number[]): Promise<Record<number, number>> {
  const tags = await db.tag.findMany({ where: { id: { in: tagIds } }, select: { id: true, postCount: true } })
  const counts: Record<number, number> = {}
  for (const tag of tags) {
    const truth = await db.postTag.count({ where: { tagId: tag.id, post: { status: 'VISIBLE', deletedAt: null } } })
    expect({ tag: tag.id, postCount: tag.postCount }).toEqual({ tag: tag.id, postCount: truth })
    counts[tag.id] = tag.postCount
  }
  return counts
}

async function created(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(RedirectSignal)
  return Number(/\/t\/(\d+)/.exec((error as RedirectSignal).url)?.[1])
}

describe('Tag.postCount', () => {
  beforeEach(() => signInAs(null))

  it('stays equal to the public posts carrying the tag through create, hide, restore, tag edits, delete and erasure', async () => {
    const acne = await createTag({ kind: 'CONDITION', name: 'Acne' })
    const eczema = await createTag({ kind: 'CONDITION', name: 'Eczema' })
    const zinc = await createTag({ kind: 'INTERVENTION', name: 'Zinc' })
    const all = [acne.id, eczema.id, zinc.id]
    const author = await createUser()
    await db.user.update({ where: { id: author.id }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 } })
    // Someone else's story keeps the counts off zero, so a reset to 0 would show.
    const other = await createUser()
    await seedStory({ authorId: other.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
    await db.tag.updateMany({ where: { id: { in: [acne.id, zinc.id] } }, data: { postCount: 1 } })

    signInAs(author)
    const storyForm = form({
      kind: 'STORY',
      title: 'Zinc helped my acne',
      body: 'Twelve weeks of zinc, and my skin is calmer.',
      conditionIds: [acne.id],
      'tried.0.tagId': zinc.id,
      'tried.0.outcome': 'HELPED',
      visibility: 'PUBLIC',
    })
    const id = await created(createStory(idle, storyForm))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 2, [eczema.id]: 0, [zinc.id]: 2 })

    await db.$transaction((tx) => setPostStatus(tx, id, 'HIDDEN', 'Off topic'))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 0, [zinc.id]: 1 })
    // Hidden to removed: still not counted, nothing moves.
    await db.$transaction((tx) => setPostStatus(tx, id, 'REMOVED', 'Spam'))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 0, [zinc.id]: 1 })
    await db.$transaction((tx) => setPostStatus(tx, id, 'VISIBLE'))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 2, [eczema.id]: 0, [zinc.id]: 2 })

    // A moderator's tag correction on a counted story, then on a hidden one (which counts nowhere).
    await db.$transaction((tx) => replacePostTags(tx, { id, otherChanges: null }, [eczema.id, zinc.id]))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 1, [zinc.id]: 2 })
    await db.$transaction((tx) => setPostStatus(tx, id, 'HIDDEN', 'Checking'))
    await db.$transaction((tx) => replacePostTags(tx, { id, otherChanges: null }, [acne.id, eczema.id, zinc.id]))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 0, [zinc.id]: 1 })
    await db.$transaction((tx) => setPostStatus(tx, id, 'VISIBLE'))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 2, [eczema.id]: 1, [zinc.id]: 2 })

    await created(deleteStory(idle, form({ postId: id })))
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 0, [zinc.id]: 1 })

    // Erasing an account takes its public stories out of the counts, and only those.
    const leaving = await createUser()
    await seedStory({ authorId: leaving.id, conditions: [eczema] })
    await seedStory({ authorId: leaving.id, conditions: [eczema], status: 'HIDDEN' })
    await db.tag.update({ where: { id: eczema.id }, data: { postCount: 1 } })
    await eraseUser(leaving.id, 'erase')
    expect(await countsAreRight(all)).toEqual({ [acne.id]: 1, [eczema.id]: 0, [zinc.id]: 1 })
  })
})
