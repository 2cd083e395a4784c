// What the thread page withholds (a removed story's words, a deleted story's title, a hidden or
// held story altogether, a members-only story's body) must not ride out in its <title>, meta
// description, canonical link or slug redirect either: generateMetadata and the page read the
// same getThreadPost view.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ThreadPage, { generateMetadata } from '@/app/(forum)/t/[id]/[[...slug]]/page'
import { db } from '@/lib/db'
import { setPostStatus } from '@/lib/content-status'
import { slugify } from '@/lib/paths'
import { MEMBERS_ONLY_EXCERPT_LENGTH } from '@/lib/visibility'
import { createStory, createUser } from '../factories'
import { RedirectSignal, signInAs } from '../lib/stories/session'

vi.mock('next-auth', async (importOriginal) => (await import('../lib/stories/session')).nextAuthMock(importOriginal))
vi.mock('next/cache', async () => (await import('../lib/stories/session')).cacheMock)
vi.mock('next/navigation', async () => {
  const { RedirectSignal: Signal, navigationMock } = await import('../lib/stories/session')
  return {
    ...navigationMock,
    permanentRedirect: vi.fn((url: string) => {
      throw new Signal(url)
    }),
  }
})

const TITLE = 'Tacrolimus flare diary'
const BODY = 'Private words about my face and what the dermatologist said. '.repeat(8)

function props(id: number, slug?: string, searchParams: Record<string, string> = {}) {
  return { params: Promise.resolve({ id: String(id), slug: slug ? [slug] : undefined }), searchParams: Promise.resolve(searchParams) }
}

/** Everything generateMetadata returns, as one string to search for leaked words. */
async function metadataText(id: number): Promise<string> {
  return JSON.stringify(await generateMetadata(props(id)))
}

/** The page's own part of the RSC payload (the element tree it returns), as text. */
async function pageText(id: number, slug?: string): Promise<string> {
  const tree = await ThreadPage(props(id, slug))
  // Props and text only: element types (components, modules) are code, not data.
  return JSON.stringify(tree, (key, value: unknown) => (key.startsWith('_') || key === 'type' || typeof value === 'function' ? undefined : value))
}

async function storyIn(state: 'removed' | 'deleted' | 'hidden' | 'held' | 'visible', options: { membersOnly?: boolean } = {}) {
  const author = await createUser()
  const story = await createStory({
    authorId: author.id,
    title: TITLE,
    body: BODY,
    visibility: options.membersOnly ? 'MEMBERS' : 'PUBLIC',
    deletedAt: state === 'deleted' ? new Date() : undefined,
  })
  const to = { removed: 'REMOVED', hidden: 'HIDDEN', held: 'PENDING' } as const
  if (state in to) await db.$transaction((tx) => setPostStatus(tx, story.id, to[state as keyof typeof to], 'Spam'))
  return { author, story }
}

function expectNoWords(text: string) {
  expect(text).not.toContain('Tacrolimus')
  expect(text).not.toContain(slugify(TITLE))
  expect(text).not.toContain('dermatologist')
}

beforeEach(() => signInAs(null))

describe('thread page metadata', () => {
  it('carries a visible story’s title, excerpt and slugged canonical link', async () => {
    const { story } = await storyIn('visible')
    const metadata = await generateMetadata(props(story.id))
    expect(metadata.title).toBe(TITLE)
    expect(metadata.description).toContain('dermatologist')
    expect(metadata.alternates?.canonical).toBe(`/t/${story.id}/${slugify(TITLE)}`)
  })

  it.each([null, 'member'] as const)('names a removed story “[removed]”, without its words, for %s', async (who) => {
    const { story } = await storyIn('removed')
    if (who) signInAs(await createUser())
    const metadata = await generateMetadata(props(story.id))
    expect(metadata.title).toBe('[removed]')
    expect(metadata.description).toBeUndefined()
    expect(metadata.alternates?.canonical).toBe(`/t/${story.id}`)
    expectNoWords(await metadataText(story.id))
    expectNoWords(await pageText(story.id))
  })

  it('shows a removed story’s title to its author and the moderators, never its body', async () => {
    const { author, story } = await storyIn('removed')
    for (const viewer of [author, await createUser({ role: 'MODERATOR' })]) {
      signInAs(viewer)
      const metadata = await generateMetadata(props(story.id))
      expect(metadata.title).toBe(TITLE)
      expect(await metadataText(story.id)).not.toContain('dermatologist')
    }
  })

  it('names an author-deleted story “[deleted]” everywhere, its author included', async () => {
    const { author, story } = await storyIn('deleted')
    for (const viewer of [null, author]) {
      signInAs(viewer)
      const metadata = await generateMetadata(props(story.id))
      expect(metadata.title).toBe('[deleted]')
      expect(metadata.alternates?.canonical).toBe(`/t/${story.id}`)
      expectNoWords(await metadataText(story.id))
      expectNoWords(await pageText(story.id))
    }
  })

  it('redirects an old slug of a deleted or removed story to the bare thread URL, and the bare URL nowhere', async () => {
    for (const state of ['deleted', 'removed'] as const) {
      const { story } = await storyIn(state)
      const redirect = await ThreadPage(props(story.id, slugify(TITLE))).catch((error: unknown) => error)
      expect(redirect).toBeInstanceOf(RedirectSignal)
      expect((redirect as RedirectSignal).url).toBe(`/t/${story.id}`)
      await expect(ThreadPage(props(story.id))).resolves.toBeTruthy()
    }
    const visible = (await storyIn('visible')).story
    const toSlug = await ThreadPage(props(visible.id)).catch((error: unknown) => error)
    expect((toSlug as RedirectSignal).url).toBe(`/t/${visible.id}/${slugify(TITLE)}`)
  })

  it.each(['hidden', 'held'] as const)('is not found for a %s story, except for its author', async (state) => {
    const { author, story } = await storyIn(state)
    for (const viewer of [null, await createUser()]) {
      signInAs(viewer)
      await expect(generateMetadata(props(story.id))).rejects.toThrow('notFound')
    }
    signInAs(author)
    expect((await generateMetadata(props(story.id))).title).toBe(TITLE)
  })

  it('gives an anonymous visitor of a members-only story no more than the teaser the page shows', async () => {
    const author = await createUser()
    // The teaser stops before character 200; the secret starts at 198 (a signed-in excerpt has 240).
    const body = `${'An opening line anyone may read. '.repeat(6)}My prescription: clobetasol.`
    const story = await createStory({ authorId: author.id, title: TITLE, body, visibility: 'MEMBERS' })
    const metadata = await generateMetadata(props(story.id))
    expect(metadata.description!.length).toBeLessThanOrEqual(MEMBERS_ONLY_EXCERPT_LENGTH + 1)
    expect(await metadataText(story.id)).not.toContain('clobetasol')
    expect(metadata.robots).toEqual({ index: false, follow: false })
    signInAs(await createUser())
    expect(await metadataText(story.id)).toContain('clobetasol')
  })
})
