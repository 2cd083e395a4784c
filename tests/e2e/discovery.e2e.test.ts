import { describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, useBrowser } from './support/browser'

const isFiltered = (url: URL) =>
  url.pathname === '/stories' && url.searchParams.getAll('tag').join() === 'acne,multi-strain-probiotic' && url.searchParams.get('outcome') === 'helped'

describe('a visitor finds stories', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')


  it('filters by acne, a probiotic and "helped", opens a story, and comes back to the same filters', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/stories')
    const filters = page.getByRole('form', { name: 'Filter stories' })
    await filters.locator('summary', { hasText: 'Conditions' }).click()
    await filters.getByRole('checkbox', { name: /^Acne \(/ }).check()
    await filters.locator('summary', { hasText: 'What people tried' }).click()
    await filters.getByRole('checkbox', { name: /^Multi-strain probiotic \(/ }).check()
    await filters.getByRole('combobox', { name: 'Outcome' }).selectOption('helped')
    await filters.getByRole('button', { name: 'Apply filters' }).press('Enter')
    await page.waitForURL(isFiltered, { waitUntil: 'commit' })
    // Only what was chosen lands in the URL: no sort=new, t=all or kind=story.
    expect([...new URL(page.url()).searchParams.keys()].sort()).toEqual(['outcome', 'tag', 'tag'])
    const stories = page.getByRole('article')
    await expect.poll(() => stories.count()).toBeGreaterThan(0)
    // Every story shown has the probiotic with a "helped" outcome.
    for (const chip of await stories.getByRole('link', { name: /^Multi-strain probiotic/ }).allTextContents()) {
      expect(chip).toMatch(/helped/)
    }
    await screenshot(page, 'discovery-filtered')

    const title = await stories.first().getByRole('heading').textContent()
    await stories.first().getByRole('heading').getByRole('link').click()
    await page.waitForURL(/\/t\/\d+\//)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    await page.goBack()
    await page.waitForURL(isFiltered, { waitUntil: 'commit' })
    const back = page.getByRole('form', { name: 'Filter stories' })
    await expect.poll(() => back.getByRole('checkbox', { name: /^Acne \(/ }).isChecked()).toBe(true)
    expect(await back.getByRole('checkbox', { name: /^Multi-strain probiotic \(/ }).isChecked()).toBe(true)
    expect(await back.getByRole('combobox', { name: 'Outcome' }).inputValue()).toBe('helped')
    expect(await page.getByRole('link', { name: 'Remove filter Acne' }).count()).toBe(1)
    await context.close()
  })

  it('keeps the stories loaded with "load more" when coming back from one of them', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/stories')
    const stories = page.getByRole('article')
    const first = await stories.count()
    await page.getByRole('link', { name: 'Load more' }).click()
    await expect.poll(() => stories.count()).toBeGreaterThan(first)
    const loaded = await stories.count()
    const later = stories.nth(first)
    const title = await later.getByRole('heading').textContent()
    await later.getByRole('heading').getByRole('link').click()
    await page.waitForURL(/\/t\/\d+\//)
    await page.goBack()
    await page.waitForURL(/\/stories$/)
    await expect.poll(() => stories.count()).toBe(loaded)
    expect(await stories.nth(first).getByRole('heading').textContent()).toBe(title)
    // A plain form submission (no JavaScript) names every field: the page answers with the canonical URL.
    await page.goto('/stories?tag=acne&sort=new&t=all&kind=story&outcome=any')
    expect(new URL(page.url()).search).toBe('?tag=acne')
    await context.close()
  })

  it('searches a phrase from the header and sees it highlighted', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('"multi-strain probiotic"')
    await page.getByRole('searchbox', { name: 'Search stories' }).press('Enter')
    await page.waitForURL(/\/search\?q=/)
    const results = page.getByRole('article')
    await expect.poll(() => results.count()).toBeGreaterThan(0)
    const marks = await page.locator('article mark').allTextContents()
    // PostgreSQL highlights each word of the phrase.
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['multi', 'strain', 'probiotic']))
    // The phrase's own quotes, not doubled ones around them.
    expect(await page.getByRole('heading', { name: /^Best matches for/ }).textContent()).toBe('Best matches for "multi-strain probiotic"')
    await screenshot(page, 'discovery-search')
    await context.close()
  })

  it('answers an absurd search with a message, not an error', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    const symbols = await page.goto(`/search?q=${'%25'.repeat(30)}`)
    expect(symbols?.status()).toBe(200)
    expect(await page.getByText('symbols alone find nothing').count()).toBe(1)
    const long = await page.goto(`/search?q=${'skin '.repeat(2000)}`)
    expect(long?.status()).toBe(200)
    expect(await page.getByText('Search for at most 200 characters').count()).toBe(1)
    await context.close()
  })

  it('advertises feeds that are valid, escaped RSS without members-only stories', async () => {
    const home = await (await fetch(new URL('/', baseURL))).text()
    expect(home).toMatch(/<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/feeds\/stories\.xml"/)
    const feed = await fetch(new URL('/feeds/stories.xml', baseURL))
    expect(feed.headers.get('content-type')).toMatch(/application\/rss\+xml/)
    const xml = await feed.text()
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/)
    expect((xml.match(/<item>/g) ?? []).length).toBeGreaterThan(0)
    const tagFeed = await fetch(new URL('/feeds/tags/acne.xml', baseURL))
    expect(tagFeed.status).toBe(200)
    expect((await fetch(new URL('/feeds/tags/nope.xml', baseURL))).status).toBe(404)
  })

  it('the filter bar reads well on a 360 px phone in dark mode', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 360, height: 780 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await page.goto('/stories?tag=eczema&sort=top')
    await page.getByRole('form', { name: 'Filter stories' }).locator('summary', { hasText: 'What people tried' }).click()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'discovery-360-dark')
    await context.close()
  })
})
