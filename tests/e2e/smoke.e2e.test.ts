import { describe, expect, inject, it } from 'vitest'
import { ARTICLE_QUESTIONS } from '@/prisma/seed/data/article'
import { newPage, screenshot, useBrowser } from './support/browser'

describe('a visitor reads the forum', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')


  it('sees the article and its four questions on the home page, and opens one', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Gut Health')
    for (const question of ARTICLE_QUESTIONS) {
      expect(await page.getByRole('link', { name: new RegExp(escapeRegExp(question)) }).count()).toBe(1)
    }
    expect(await page.getByRole('heading', { name: 'Newest stories' }).isVisible()).toBe(true)
    await screenshot(page, 'home')

    await page.getByRole('link', { name: new RegExp(escapeRegExp(ARTICLE_QUESTIONS[1])) }).click()
    await page.waitForURL(/\/t\/\d+\//)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(ARTICLE_QUESTIONS[1])
    await screenshot(page, 'question-thread')
    await context.close()
  })

  it('opens a story with its outcomes and its replies as a tree', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/')
    const firstStory = page.getByRole('region', { name: 'Newest stories' }).getByRole('article').first().getByRole('heading').getByRole('link')
    const title = await firstStory.textContent()
    await firstStory.click()
    await page.waitForURL(/\/t\/\d+\//)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await page.getByRole('list', { name: 'Conditions' }).count()).toBe(1)
    expect(await page.getByRole('heading', { name: /repl(y|ies)$/ }).count()).toBe(1)
    await screenshot(page, 'story-thread')
    await context.close()
  })

  it('never shows a member\'s email address in pages or their RSC payloads', async () => {
    for (const url of ['/', '/stories', '/t/5', '/tags/acne', '/articles/gut-health-and-skin']) {
      for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
        const response = await fetch(new URL(url, baseURL), { headers })
        expect(response.status, url).toBeLessThan(400)
        expect(await response.text(), url).not.toMatch(/@whathelped\.test/)
      }
    }
  })

  it('reads well on a 360 px phone screen', async () => {
    const { context, page } = await newPage(browser(), baseURL, { width: 360, height: 780 })
    await page.goto('/')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'home-360')
    await context.close()
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
