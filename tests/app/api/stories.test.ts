import { beforeAll, describe, expect, it, vi } from 'vitest'
import { GET } from '@/app/api/stories/route'
import { createStory, createTag, createUser } from '../../factories'

// Anonymous requests: next-auth finds no session (there is no request scope in a unit test).
vi.mock('next-auth', async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: vi.fn(async () => null) }))

const get = (query: string) => GET(new Request(`http://localhost/api/stories${query}`))

let helped: number
let onlyChange: number
beforeAll(async () => {
  const author = await createUser({ email: 'api-author@example.test' })
  const acne = await createTag({ slug: 'acne', name: 'Acne' })
  const lgg = await createTag({ kind: 'INTERVENTION', slug: 'lactobacillus-rhamnosus-gg', name: 'LGG', synonyms: ['lgg'] })
  for (let i = 0; i < 3; i++) await createStory({ authorId: author.id, conditions: [acne], createdAt: new Date(Date.now() - (i + 5) * 3600_000) })
  helped = (await createStory({ authorId: author.id, conditions: [acne], tried: [{ tag: lgg, outcome: 'HELPED' }] })).id
  // LGG together with zinc: not the only change.
  const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc', name: 'Zinc' })
  await createStory({ authorId: author.id, tried: [{ tag: lgg, outcome: 'HELPED' }, { tag: zinc, outcome: 'HELPED' }] })
  onlyChange = helped
})

describe('GET /api/stories', () => {
  it('lists stories with the same filters as the pages, synonyms resolved', async () => {
    const response = await get('?tag=acne&tag=LGG&outcome=helped')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.filters).toEqual({ tag: ['acne', 'lactobacillus-rhamnosus-gg'], outcome: 'helped', kind: 'story', sort: 'new', t: 'all', onlyChange: false })
    expect(body.stories.map((s: { id: number }) => s.id)).toEqual([helped])
    expect(body.stories[0].url).toMatch(new RegExp(`^/t/${helped}/`))
    expect(body.nextCursor).toBeNull()
    expect(JSON.stringify(body)).not.toContain('api-author@example.test')
  })

  it('with onlyChange=1 keeps the stories where the intervention was the only change', async () => {
    const all = await (await get('?tag=lgg')).json()
    expect(all.stories).toHaveLength(2)
    const response = await get('?tag=lgg&onlyChange=1')
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.filters.onlyChange).toBe(true)
    expect(body.stories.map((s: { id: number }) => s.id)).toEqual([onlyChange])
  })

  it('pages with nextCursor', async () => {
    const first = await (await get('?tag=acne&limit=3')).json()
    expect(first.stories).toHaveLength(3)
    const second = await (await get(`?tag=acne&limit=3&cursor=${first.nextCursor}`)).json()
    expect(second.stories).toHaveLength(1)
    expect(second.nextCursor).toBeNull()
    expect(new Set([...first.stories, ...second.stories].map((s: { id: number }) => s.id)).size).toBe(4)
  })

  it.each([
    ['?sort=random', 'sort'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?cursor=not-a-cursor!', 'cursor'],
    ['?t=forever', 't'],
    ['?tag=no-such-tag', 'tag'],
    ['?onlyChange=maybe', 'onlyChange'],
  ])('answers %s with 422 and a message for the field', async (query, field) => {
    const response = await get(query)
    expect(response.status).toBe(422)
    const body = await response.json()
    expect(body.error.code).toBe('invalid_request')
    expect(body.error.fields[field]?.[0]).toEqual(expect.any(String))
  })
})
