// The RSS feeds read by an XML parser, as a feed reader does: each text comes back exactly as
// the member typed it, escaped once.
import { DomUtils, parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { GET } from '@/app/feeds/stories.xml/route'
import { renderRss } from '@/lib/discovery/feed'
import { createStory, createTag, createUser } from '../../factories'

const TITLE = 'Tom & Jerry <3 "quotes" & \'apostrophes\' > all'

function parseItems(xml: string) {
  const document = parseDocument(xml, { xmlMode: true, decodeEntities: true })
  return DomUtils.getElementsByTagName('item', document).map((item) => {
    const text = (name: string) => DomUtils.textContent(DomUtils.getElementsByTagName(name, item.children, false))
    return { title: text('title'), description: text('description'), category: text('category'), creator: text('dc:creator') }
  })
}

describe('RSS feeds', () => {
  it('carry a title with markup characters once-escaped: the parsed text is the title', () => {
    const xml = renderRss({
      title: 'Feed',
      description: 'About',
      siteUrl: 'http://localhost:3000/stories',
      feedUrl: 'http://localhost:3000/feeds/stories.xml',
      items: [{ title: TITLE, url: 'http://localhost:3000/t/1/tom', summary: 'I <3 zinc & fish oil', author: 'tom&jerry', publishedAt: new Date(0), categories: ['A & B'] }],
    })
    expect(parseItems(xml)).toEqual([{ title: TITLE, description: 'I <3 zinc & fish oil', category: 'A & B', creator: 'tom&jerry' }])
    // Escaped once: no entity of an entity anywhere for the markup characters the member typed.
    expect(xml).not.toMatch(/&amp;(?:amp|lt|gt|quot|apos|#x?[0-9a-f]+);/i)
    expect(xml).not.toContain('Jerry <3')
  })

  it('keep an entity a member typed as text', () => {
    const xml = renderRss({
      title: 'Feed',
      description: 'About',
      siteUrl: 'http://localhost:3000/',
      feedUrl: 'http://localhost:3000/feeds/stories.xml',
      items: [{ title: 'The &amp; entity', url: 'http://localhost:3000/t/1', summary: '', author: null, publishedAt: new Date(0), categories: [] }],
    })
    expect(parseItems(xml)[0]?.title).toBe('The &amp; entity')
  })

  it('serve a story’s title and tags from the database exactly as typed', async () => {
    const author = await createUser()
    const tag = await createTag({ name: 'Rosacea & redness' })
    await createStory({ authorId: author.id, title: TITLE, body: 'Zinc & fish oil <3, week 4.', conditions: [tag] })
    const response = await GET(new Request('http://localhost:3000/feeds/stories.xml'))
    expect(response.status).toBe(200)
    const [item] = parseItems(await response.text())
    expect(item).toMatchObject({ title: TITLE, category: 'Rosacea & redness', description: 'Zinc & fish oil <3, week 4.' })
  })
})
