import { describe, expect, it } from 'vitest'
import { getCommentTree } from '@/lib/comments/queries'
import { getThreadPost, listNewestStories } from '@/lib/stories/queries'
import { MEMBERS_ONLY_EXCERPT_LENGTH } from '@/lib/visibility'
import { createComment, createStory, createTag, createUser } from '../../factories'

describe('listNewestStories', () => {
  it('lists visible stories newest first, leaving out pending, hidden, removed, deleted and discussions', async () => {
    const author = await createUser()
    const day = 24 * 3600 * 1000
    const old = await createStory({ authorId: author.id, createdAt: new Date(Date.now() - 2 * day) })
    const fresh = await createStory({ authorId: author.id, createdAt: new Date(Date.now() - day) })
    for (const status of ['PENDING', 'HIDDEN', 'REMOVED'] as const) await createStory({ authorId: author.id, status })
    await createStory({ authorId: author.id, deletedAt: new Date() })
    await createStory({ authorId: author.id, kind: 'DISCUSSION' })

    const stories = await listNewestStories(null)
    expect(stories.map((s) => s.id)).toEqual([fresh.id, old.id])
  })

  it('shows an anonymous visitor only a short excerpt of a members-only story', async () => {
    const author = await createUser()
    const body = 'Secret part of my story. '.repeat(40)
    await createStory({ authorId: author.id, visibility: 'MEMBERS', body })
    const [card] = await listNewestStories(null)
    expect(card?.membersOnly).toBe(true)
    expect(card?.excerpt.length).toBeLessThanOrEqual(MEMBERS_ONLY_EXCERPT_LENGTH + 1)
  })

  it('carries tags with outcomes, and never an email', async () => {
    const author = await createUser({ email: 'private-author@example.test' })
    const acne = await createTag({ kind: 'CONDITION', name: 'Acne' })
    const zinc = await createTag({ kind: 'INTERVENTION', name: 'Zinc' })
    await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED', durationWeeks: 8 }] })
    const stories = await listNewestStories(null)
    expect(stories[0]?.tags).toEqual([
      { slug: acne.slug, name: 'Acne', kind: 'CONDITION', outcome: null, firstOutcome: null, durationWeeks: null },
      { slug: zinc.slug, name: 'Zinc', kind: 'INTERVENTION', outcome: 'HELPED', firstOutcome: null, durationWeeks: 8 },
    ])
    expect(JSON.stringify(stories)).not.toContain('private-author@example.test')
  })
})

describe('getThreadPost', () => {
  it('does not exist for anonymous visitors while pending, but does for its author', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id, status: 'PENDING' })
    expect(await getThreadPost(story.id, null)).toBeNull()
    expect(await getThreadPost(story.id, { id: author.id, handle: author.handle, role: 'MEMBER' })).not.toBeNull()
  })

  it('gives anonymous visitors no body of a members-only story', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id, visibility: 'MEMBERS', body: 'Only for **members**.' })
    const anonymous = await getThreadPost(story.id, null)
    expect(anonymous?.bodyHtml).toBeNull()
    expect(anonymous?.canReadFull).toBe(false)
    const member = await getThreadPost(story.id, { id: 'someone', handle: 'someone', role: 'MEMBER' })
    expect(member?.bodyHtml).toContain('<strong>members</strong>')
  })

  it('renders the body sanitized', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id, body: 'Hi <script>alert(1)</script> [x](javascript:alert(1))' })
    const post = await getThreadPost(story.id, null)
    expect(post?.bodyHtml).not.toContain('<script')
    expect(post?.bodyHtml).not.toContain('javascript:')
  })
})

describe('getCommentTree', () => {
  it('returns the whole thread as a tree in posting order, in one query', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const a = await createComment({ postId: story.id, authorId: author.id, body: 'a' })
    const b = await createComment({ postId: story.id, authorId: author.id, body: 'b' })
    const a1 = await createComment({ postId: story.id, authorId: author.id, parentId: a.id, body: 'a1' })
    const a1x = await createComment({ postId: story.id, authorId: author.id, parentId: a1.id, body: 'a1x' })
    const a2 = await createComment({ postId: story.id, authorId: author.id, parentId: a.id, body: 'a2' })

    const tree = await getCommentTree(story.id, null)
    expect(tree.map((n) => n.id)).toEqual([a.id, b.id])
    expect(tree[0]?.children.map((n) => n.id)).toEqual([a1.id, a2.id])
    expect(tree[0]?.children[0]?.children.map((n) => n.id)).toEqual([a1x.id])
    expect(tree[0]?.children[0]?.children[0]?.depth).toBe(2)
  })

  it('for a permalink, returns the comment with its ancestors and replies only', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const a = await createComment({ postId: story.id, authorId: author.id })
    await createComment({ postId: story.id, authorId: author.id })
    const a1 = await createComment({ postId: story.id, authorId: author.id, parentId: a.id })
    await createComment({ postId: story.id, authorId: author.id, parentId: a.id })
    const a1x = await createComment({ postId: story.id, authorId: author.id, parentId: a1.id })

    const tree = await getCommentTree(story.id, null, a1.id)
    expect(tree.map((n) => n.id)).toEqual([a.id])
    expect(tree[0]?.children.map((n) => n.id)).toEqual([a1.id])
    expect(tree[0]?.children[0]?.children.map((n) => n.id)).toEqual([a1x.id])
    expect(await getCommentTree(story.id + 1000, null, a1.id)).toEqual([])
  })

  it('keeps deleted and pending comments as placeholders so replies stay in place', async () => {
    const author = await createUser()
    const story = await createStory({ authorId: author.id })
    const pending = await createComment({ postId: story.id, authorId: author.id, status: 'PENDING', body: 'not yet' })
    await createComment({ postId: story.id, authorId: author.id, parentId: pending.id, body: 'reply' })
    const tree = await getCommentTree(story.id, null)
    expect(tree[0]?.bodyHtml).toBeNull()
    expect(tree[0]?.placeholder).toBe('[awaiting review]')
    expect(tree[0]?.children[0]?.bodyHtml).toContain('reply')
    const asAuthor = await getCommentTree(story.id, { id: author.id, handle: author.handle, role: 'MEMBER' })
    expect(asAuthor[0]?.bodyHtml).toContain('not yet')
  })
})
