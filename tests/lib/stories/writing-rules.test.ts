import { describe, expect, it } from 'vitest'
import { findContactInfo } from '@/lib/stories/contact-info'
import { canAddStoryUpdate, canDeletePost, canEditPost, canSeeRevisions, isNewAccount, storyRateLimit } from '@/lib/stories/policies'
import { emptyStoryDraft, readStoryForm, storySchema } from '@/lib/stories/schemas'
import type { Viewer } from '@/lib/viewer'

const author: Viewer = { id: 'author', handle: 'author', role: 'MEMBER' }
const member: Viewer = { id: 'member', handle: 'member', role: 'MEMBER' }
const moderator: Viewer = { id: 'mod', handle: 'mod', role: 'MODERATOR' }
const viewers = { anonymous: null, member, author, moderator } as const
const now = new Date('2026-11-24T12:00:00Z')

type PostState = 'live' | 'deleted' | 'removed' | 'discussion'
function post(state: PostState) {
  return {
    kind: state === 'discussion' ? ('DISCUSSION' as const) : ('STORY' as const),
    status: state === 'removed' ? ('REMOVED' as const) : ('VISIBLE' as const),
    visibility: 'PUBLIC' as const,
    authorId: 'author',
    deletedAt: state === 'deleted' ? now : null,
  }
}

// [viewer, post, edit, delete, follow-up, revisions]
const table: [keyof typeof viewers, PostState, boolean, boolean, boolean, boolean][] = [
  ['author', 'live', true, true, true, true],
  ['author', 'discussion', true, true, false, true],
  ['author', 'deleted', false, false, false, true],
  ['author', 'removed', false, true, false, true],
  ['member', 'live', false, false, false, false],
  ['anonymous', 'live', false, false, false, false],
  ['moderator', 'live', false, false, false, true],
]

describe('story writing policies', () => {
  it.each(table)('%s on a %s post: edit %s, delete %s, follow up %s, revisions %s', (who, state, edit, del, update, revisions) => {
    const p = post(state)
    expect(canEditPost(viewers[who], p)).toBe(edit)
    expect(canDeletePost(viewers[who], p)).toBe(del)
    expect(canAddStoryUpdate(viewers[who], p)).toBe(update)
    expect(canSeeRevisions(viewers[who], p)).toBe(revisions)
  })

  it.each([
    [1, 10, true, 2],
    [23.9, 10, true, 2],
    [24, 10, false, 5],
    [24 * 30, 10, false, 5],
    [24 * 30, 2, true, 2],
  ])('an account %s hours old with %s approved posts is new: %s, stories per hour %s', (hours, approvedPostCount, isNew, points) => {
    const user = { createdAt: new Date(now.getTime() - hours * 3_600_000), approvedPostCount }
    expect(isNewAccount(user, now)).toBe(isNew)
    // New accounts count in a bucket of their own, an hour long.
    expect(storyRateLimit(user, now)).toEqual({ name: isNew ? 'stories-new-account' : 'stories', points, durationSeconds: 3600 })
  })
})

describe('findContactInfo', () => {
  it.each([
    ['write me: jane.doe+skin@mail.example.org', ['jane.doe+skin@mail.example.org'], []],
    ['call +44 20 7946 0958 after six', [], ['+44 20 7946 0958']],
    ['my number is (555) 123-4567', [], ['(555) 123-4567']],
    ['took 30 mg for 12 weeks, 2 x 500 IU', [], []],
    ['started on 2025-03-14 and again 14/03/2025', [], []],
    ['since 2019, about 10000 steps', [], []],
  ])('%s', (text, emails, phones) => {
    expect(findContactInfo(text)).toEqual({ emails, phones })
  })
})

describe('storySchema', () => {
  it('accepts a draft as the composer holds it', () => {
    const draft = { ...emptyStoryDraft(3), title: 'What helped me', body: 'A long enough body for a story.', conditionIds: [1], tried: [{ tagId: '7', outcome: 'HELPED', durationWeeks: '', note: '' }] }
    const parsed = storySchema.safeParse(draft)
    expect(parsed.success && parsed.data).toEqual({
      kind: 'STORY',
      title: 'What helped me',
      body: 'A long enough body for a story.',
      conditionIds: [1],
      tried: [{ tagId: 7, outcome: 'HELPED', durationWeeks: undefined, note: undefined }],
      skinNow: undefined,
      otherChanges: undefined,
      questionId: 3,
      visibility: 'PUBLIC',
    })
  })

  it('reads rows back from a submitted form in order, ignoring other fields', () => {
    const data = new FormData()
    data.append('title', 'T')
    data.append('tried.1.tagId', '9')
    data.append('tried.0.tagId', '8')
    data.append('tried.0.outcome', 'WORSE')
    data.append('outcomes.0.tagId', '5')
    data.append('conditionIds', '4')
    data.append('conditionIds', 'nope')
    const draft = readStoryForm(data)
    expect(draft.tried.map((t) => t.tagId)).toEqual(['8', '9'])
    expect(draft.tried[0]?.outcome).toBe('WORSE')
    expect(draft.conditionIds).toEqual([4])
  })
})
