// New-account review, duplicates and banned terms, through the real actions on a real database.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { idle } from '@/lib/forms'
import { updateProfile } from '@/lib/accounts/settings'
import { createComment, editComment } from '@/lib/comments/actions'
import { commentRateLimit } from '@/lib/comments/policies'
import { getCommentTree } from '@/lib/comments/queries'
import { db } from '@/lib/db'
import { invalidateBannedTerms } from '@/lib/defences/banned-terms'
import { HELD_FOR_REVIEW_MESSAGE } from '@/lib/defences/new-account'
import { approveHeldComment } from '@/tests/approve-held-comment'
import { addStoryUpdate, createStory, editStory } from '@/lib/stories/actions'
import { storyRateLimit } from '@/lib/stories/policies'
import { getThreadPost } from '@/lib/stories/queries'
import { createComment as seedComment, createStory as seedStory, createTag, createUser } from '../../factories'
import { RedirectSignal, form, signInAs } from '../stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../stories/session')).nextAuthMock(importOriginal))
vi.mock('next/navigation', async () => (await import('../stories/session')).navigationMock)
vi.mock('next/cache', async () => (await import('../stories/session')).cacheMock)

const DAY = 86_400_000
const LINK = 'This helped me: https://cheap-pills.example/offer'

/** A brand-new account: created now, nothing approved yet. */
const newcomer = () => createUser()

/** An account past the new-account rules: a month old, with approved posts. */
async function regular(approvedPostCount = 10) {
  const user = await createUser()
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount } })
  return user
}

async function thread() {
  const author = await regular()
  const story = await seedStory({ authorId: author.id, createdAt: new Date(Date.now() - DAY) })
  return { author, story }
}

const reply = (postId: number, body: string, parentId?: number) => createComment(idle, form({ postId, parentId, body }))
const postFacts = (id: number) => db.post.findUniqueOrThrow({ where: { id }, select: { commentCount: true, commentSeq: true, lastActivityAt: true } })
const approvedPosts = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { approvedPostCount: true } })).approvedPostCount
const viewerOf = (user: { id: string; handle: string; role: 'MEMBER' | 'MODERATOR' | 'ADMIN' }) => ({ id: user.id, handle: user.handle, role: user.role })

async function catalogue() {
  const acne = await createTag({ kind: 'CONDITION' })
  const zinc = await createTag({ kind: 'INTERVENTION' })
  return { acne, zinc }
}

function storyForm(tags: Awaited<ReturnType<typeof catalogue>>, overrides: Record<string, string | number | undefined> = {}) {
  return form({
    kind: 'STORY',
    title: 'Zinc helped my acne',
    body: 'Twelve weeks of zinc, and my skin is calmer than it has been in years.',
    conditionIds: tags.acne.id,
    'tried.0.tagId': tags.zinc.id,
    'tried.0.outcome': 'HELPED',
    'tried.0.durationWeeks': '12',
    'tried.0.note': '',
    skinNow: 'BETTER',
    otherChanges: '',
    visibility: 'PUBLIC',
    ...overrides,
  })
}

async function postStory(formData: FormData): Promise<number> {
  try {
    const result = await createStory(idle, formData)
    throw new Error(`expected a redirect, got ${JSON.stringify(result)}`)
  } catch (error) {
    if (!(error instanceof RedirectSignal)) throw error
    return Number(/^\/t\/(\d+)/.exec(error.url)![1])
  }
}

async function ban(kind: 'WORD' | 'URL', value: string) {
  await db.bannedTerm.create({ data: { kind, value } })
  invalidateBannedTerms()
}

beforeEach(async () => {
  signInAs(null)
  await db.bannedTerm.deleteMany()
  invalidateBannedTerms()
})

describe('new accounts: replies with links wait for review', () => {
  it('holds a new account’s reply with a link: not counted, no activity, no notification, not shown to others', async () => {
    const { author, story } = await thread()
    const before = await postFacts(story.id)
    const member = await newcomer()
    signInAs(member)
    const result = await reply(story.id, LINK)
    expect(result).toMatchObject({ status: 'success', message: HELD_FOR_REVIEW_MESSAGE })

    const comment = await db.comment.findUniqueOrThrow({ where: { id: result.data!.commentId }, select: { status: true } })
    expect(comment.status).toBe('PENDING')
    const after = await postFacts(story.id)
    expect(after.commentCount).toBe(before.commentCount)
    expect(after.lastActivityAt).toEqual(before.lastActivityAt)
    expect(after.commentSeq).toBe(before.commentSeq + 1)
    expect(await approvedPosts(member.id)).toBe(0)
    expect(await db.notification.count({ where: { commentId: result.data!.commentId } })).toBe(0)

    // Others (signed in or not) do not see it at all; its author sees it, marked.
    const other = await regular()
    expect(await getCommentTree(story.id, viewerOf(other))).toEqual([])
    expect(await getCommentTree(story.id, null)).toEqual([])
    expect(await getCommentTree(story.id, viewerOf(author))).toEqual([])
    const own = await getCommentTree(story.id, viewerOf(member))
    expect(own).toHaveLength(1)
    expect(own[0]).toMatchObject({ id: result.data?.commentId, pending: true, own: true })
    expect(own[0]!.bodyHtml).toContain('cheap-pills.example')
    // Moderators see it, marked, to review it.
    const moderator = await createUser({ role: 'MODERATOR' })
    expect((await getCommentTree(story.id, viewerOf(moderator)))[0]).toMatchObject({ pending: true, own: false })
  })

  it('lets others not answer a reply they cannot see', async () => {
    const { story } = await thread()
    const member = await newcomer()
    signInAs(member)
    const held = await reply(story.id, LINK)
    signInAs(await regular())
    const answer = await reply(story.id, 'What is this?', held.data?.commentId)
    expect(answer.fieldErrors?.parentId?.[0]).toMatch(/not in this thread/)
    expect(answer.message).toBe('The comment you answer is not in this thread.')
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(1)
  })

  it('posts an established account’s link at once, counted and notified', async () => {
    const { author, story } = await thread()
    const member = await regular(5)
    signInAs(member)
    const result = await reply(story.id, LINK)
    expect(result).toMatchObject({ status: 'success', message: 'Reply posted.' })
    expect((await db.comment.findUniqueOrThrow({ where: { id: result.data!.commentId } })).status).toBe('VISIBLE')
    expect((await postFacts(story.id)).commentCount).toBe(1)
    expect(await approvedPosts(member.id)).toBe(6)
    expect(await db.notification.count({ where: { commentId: result.data!.commentId, userId: author.id } })).toBe(1)
    expect((await getCommentTree(story.id, null))[0]).toMatchObject({ id: result.data?.commentId, pending: false })
  })

  it('posts a new account’s reply without a link at once, and counts it as approved', async () => {
    const { story } = await thread()
    const member = await newcomer()
    signInAs(member)
    const result = await reply(story.id, 'Zinc helped me too, e.g. 2.5% cream and L. rhamnosus.')
    expect(result.message).toBe('Reply posted.')
    expect((await postFacts(story.id)).commentCount).toBe(1)
    expect(await approvedPosts(member.id)).toBe(1)
  })

  it('stops holding links once an account is a day old and has 3 approved posts, counting approvals', async () => {
    const { author, story } = await thread()
    const member = await newcomer()
    // A month old but nothing approved yet: still new.
    await db.user.update({ where: { id: member.id }, data: { createdAt: new Date(Date.now() - 30 * DAY) } })
    signInAs(member)
    const held = []
    for (let i = 0; i < 3; i++) held.push(await reply(story.id, `${LINK}?n=${i}`))
    expect(held.every((r) => r.message === HELD_FOR_REVIEW_MESSAGE)).toBe(true)

    // A moderator approves them (the moderation helper's APPROVE goes through content-status).
    for (const r of held) await approveHeldComment(r.data!.commentId)
    expect(await approvedPosts(member.id)).toBe(3)
    const facts = await postFacts(story.id)
    expect(facts.commentCount).toBe(3)
    // Approval notifies as posting would have, once per reply.
    expect(await db.notification.count({ where: { userId: author.id, kind: 'REPLY' } })).toBe(3)

    const next = await reply(story.id, `${LINK}?n=next`)
    expect(next.message).toBe('Reply posted.')
    expect((await db.comment.findUniqueOrThrow({ where: { id: next.data!.commentId } })).status).toBe('VISIBLE')
  })

  it('keeps holding a day-one account’s links even after 3 approved posts', async () => {
    const { story } = await thread()
    const member = await newcomer()
    await db.user.update({ where: { id: member.id }, data: { approvedPostCount: 3 } })
    signInAs(member)
    expect((await reply(story.id, LINK)).message).toBe(HELD_FOR_REVIEW_MESSAGE)
  })

  it('holds an edit that slips a link into a new account’s visible reply, uncounting it', async () => {
    const { story } = await thread()
    const member = await newcomer()
    signInAs(member)
    const posted = await reply(story.id, 'Zinc helped.')
    expect((await postFacts(story.id)).commentCount).toBe(1)
    const edited = await editComment(idle, form({ commentId: posted.data!.commentId, body: `Zinc helped. ${LINK}` }))
    expect(edited).toMatchObject({ status: 'success', message: `Saved. ${HELD_FOR_REVIEW_MESSAGE}` })
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.data!.commentId } })).status).toBe('PENDING')
    expect((await postFacts(story.id)).commentCount).toBe(0)
  })

  it('uses the lower rate limits for every new account', () => {
    expect(commentRateLimit({ createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 0 }).name).toBe('comments-new-account')
    expect(commentRateLimit({ createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 3 }).name).toBe('comments')
    expect(storyRateLimit({ createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 2 }).name).toBe('stories-new-account')
    expect(storyRateLimit({ createdAt: new Date(), approvedPostCount: 50 }).name).toBe('stories-new-account')
  })
})

describe('new accounts: stories with links wait for review', () => {
  it('holds the story: not counted on its tags or for its author, visible to the author only', async () => {
    const tags = await catalogue()
    const member = await newcomer()
    signInAs(member)
    const id = await postStory(storyForm(tags, { body: `Twelve weeks of zinc from ${'www.zinc-shop.example'}, and my skin is calmer.` }))
    const post = await db.post.findUniqueOrThrow({ where: { id }, select: { status: true } })
    expect(post.status).toBe('PENDING')
    const tagCounts = await db.tag.findMany({ where: { id: { in: [tags.acne.id, tags.zinc.id] } }, select: { postCount: true } })
    expect(tagCounts.map((t) => t.postCount)).toEqual([0, 0])
    expect(await approvedPosts(member.id)).toBe(0)
    expect(await getThreadPost(id, viewerOf(member))).toMatchObject({ status: 'PENDING' })
    expect(await getThreadPost(id, viewerOf(await regular()))).toBeNull()
    expect(await getThreadPost(id, null)).toBeNull()
  })

  it('posts a story without links at once and counts it', async () => {
    const tags = await catalogue()
    const member = await newcomer()
    signInAs(member)
    const id = await postStory(storyForm(tags))
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe('VISIBLE')
    expect(await approvedPosts(member.id)).toBe(1)
    expect((await db.tag.findUniqueOrThrow({ where: { id: tags.zinc.id } })).postCount).toBe(1)
  })

  it('refuses links in a new account’s follow-up, and holds an edit that adds one', async () => {
    const tags = await catalogue()
    const member = await newcomer()
    signInAs(member)
    const id = await postStory(storyForm(tags))
    const update = await addStoryUpdate(idle, form({ postId: id, body: `Still good, I buy it at pills.example.com/zinc now.`, skinNow: 'BETTER' }))
    expect(update.fieldErrors?.body?.[0]).toMatch(/New accounts cannot put links in follow-ups/)
    expect(await db.storyUpdate.count({ where: { postId: id } })).toBe(0)

    const edited = await editStory(idle, form({ postId: id, title: 'Zinc helped my acne', body: `Twelve weeks of zinc, see https://zinc.example for the brand.`, visibility: 'PUBLIC' }))
    expect(edited.message).toBe(`Saved. ${HELD_FOR_REVIEW_MESSAGE}`)
    expect((await db.post.findUniqueOrThrow({ where: { id } })).status).toBe('PENDING')
    expect((await db.tag.findUniqueOrThrow({ where: { id: tags.zinc.id } })).postCount).toBe(0)
  })
})

describe('duplicate content', () => {
  it('refuses the same reply text within an hour, ignoring case and spacing, and keeps the text', async () => {
    const { story } = await thread()
    const member = await regular()
    signInAs(member)
    expect((await reply(story.id, 'Zinc helped me a lot.')).status).toBe('success')
    const again = await reply(story.id, '  zinc HELPED me\n a lot. ')
    expect(again.fieldErrors?.body?.[0]).toBe('You posted this same text less than a minute ago.')
    expect(again.values?.body).toBe('  zinc HELPED me\n a lot. ')
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(1)
  })

  it('counts stories and replies together, and says how long ago', async () => {
    const tags = await catalogue()
    const { story } = await thread()
    const member = await regular()
    signInAs(member)
    const body = 'Twelve weeks of zinc, and my skin is calmer than it has been in years.'
    const id = await postStory(storyForm(tags, { body }))
    await db.post.update({ where: { id }, data: { createdAt: new Date(Date.now() - 17 * 60_000 - 5_000) } })
    const again = await reply(story.id, body)
    expect(again.fieldErrors?.body?.[0]).toBe('You posted this same text 17 minutes ago.')
    // The other way round: a reply's text as a new story.
    const replied = await reply(story.id, 'A long enough reply that I then try as a story body, twice.')
    expect(replied.status).toBe('success')
    const refused = await createStory(idle, storyForm(tags, { title: 'Another one', body: 'A long enough reply that I then try as a story body, twice.' }))
    expect(refused.fieldErrors?.body?.[0]).toMatch(/^You posted this same text/)
  })

  it('accepts the same text after an hour, from someone else, or after deleting the first', async () => {
    const { story } = await thread()
    const member = await regular()
    signInAs(member)
    const first = await reply(story.id, 'Drink more water.')
    await db.comment.update({ where: { id: first.data!.commentId }, data: { createdAt: new Date(Date.now() - 61 * 60_000) } })
    expect((await reply(story.id, 'Drink more water.')).status).toBe('success')

    signInAs(await regular())
    expect((await reply(story.id, 'Drink more water.')).status).toBe('success')

    const deleter = await regular()
    const old = await seedComment({ postId: story.id, authorId: deleter.id, body: 'Sleep more.' })
    await db.comment.update({ where: { id: old.id }, data: { deletedAt: new Date() } })
    signInAs(deleter)
    expect((await reply(story.id, 'Sleep more.')).status).toBe('success')
  })
})

describe('banned terms', () => {
  it('refuses a reply with a blocked word, naming it and keeping the text', async () => {
    await ban('WORD', 'viagra')
    const { story } = await thread()
    signInAs(await regular())
    const result = await reply(story.id, 'Cheap V I A G R A here')
    expect(result.fieldErrors?.body?.[0]).toBe('Contains a blocked word: “viagra”')
    expect(result.values?.body).toBe('Cheap V I A G R A here')
    expect(await db.comment.count({ where: { postId: story.id } })).toBe(0)
  })

  it('refuses links to a blocked domain and its subdomains', async () => {
    await ban('URL', 'spam.example')
    const { story } = await thread()
    signInAs(await regular())
    expect((await reply(story.id, 'see https://shop.spam.example/x')).fieldErrors?.body?.[0]).toBe('Contains a blocked link: spam.example')
    expect((await reply(story.id, 'see https://notspam.example/x')).status).toBe('success')
  })

  it('refuses blocked words on edit, in stories, their titles and follow-ups', async () => {
    const tags = await catalogue()
    const member = await regular()
    signInAs(member)
    const { story } = await thread()
    const posted = await reply(story.id, 'Zinc helped.')
    const id = await postStory(storyForm(tags))
    await ban('WORD', 'miracle cure')

    const edit = await editComment(idle, form({ commentId: posted.data!.commentId, body: 'Zinc is a Miracle  Cure.' }))
    expect(edit.fieldErrors?.body?.[0]).toBe('Contains a blocked word: “miracle cure”')
    expect((await db.comment.findUniqueOrThrow({ where: { id: posted.data!.commentId } })).body).toBe('Zinc helped.')

    const titled = await createStory(idle, storyForm(tags, { title: 'A miracle cure for acne', body: 'Something else entirely for this story, long enough.' }))
    expect(titled.fieldErrors?.title?.[0]).toBe('Contains a blocked word: “miracle cure”')
    expect(titled.values?.title).toBe('A miracle cure for acne')

    const editedStory = await editStory(idle, form({ postId: id, title: 'Zinc helped my acne', body: 'Zinc, the miracle cure.', visibility: 'PUBLIC' }))
    expect(editedStory.fieldErrors?.body?.[0]).toBe('Contains a blocked word: “miracle cure”')
    expect((await db.post.findUniqueOrThrow({ where: { id } })).body).not.toContain('miracle')

    const update = await addStoryUpdate(idle, form({ postId: id, body: 'Six months on: a miracle cure indeed.', skinNow: 'BETTER' }))
    expect(update.fieldErrors?.body?.[0]).toBe('Contains a blocked word: “miracle cure”')
    expect(await db.storyUpdate.count({ where: { postId: id } })).toBe(0)
  })

  it('refuses a blocked domain in a profile bio', async () => {
    await ban('URL', 'spam.example')
    const member = await regular()
    const result = await updateProfile(member.id, { bio: 'Find me at shop.spam.example', conditions: [] })
    expect(result).toMatchObject({ ok: false, fieldErrors: { bio: ['Contains a blocked link: spam.example'] } })
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).bio).toBeNull()
    expect(await updateProfile(member.id, { bio: 'Eczema since childhood.', conditions: [] })).toEqual({ ok: true })
  })
})
