import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, signIn, useBrowser } from './support/browser'

/** The comment whose own rendered body contains `text` (not its ancestors, not a draft reply). */
function commentWith(page: Page, text: string) {
  return page
    .getByRole('main')
    .locator('li[id^="comment-"]')
    .filter({ has: page.locator(':scope > details > div > .prose-story', { hasText: text }) })
}

async function replyTo(page: Page, text: string, author: string, reply: string): Promise<void> {
  const comment = commentWith(page, text)
  await comment.getByRole('button', { name: `Reply to ${author}` }).first().click()
  await comment.getByRole('textbox', { name: `Your reply to ${author}` }).fill(reply)
  await comment.getByRole('button', { name: 'Post reply' }).click()
  await commentWith(page, reply).waitFor()
}

describe('a member writes a story and others answer it', () => {
  const browser = useBrowser()
  let lena: { context: BrowserContext; page: Page }
  let tomas: { context: BrowserContext; page: Page }
  const baseURL = inject('baseURL')
  const title = `Zinc and less sugar cleared my jawline ${Date.now().toString(36)}`
  let threadUrl = ''

  beforeAll(async () => {
    lena = await newPage(browser(), baseURL)
    tomas = await newPage(browser(), baseURL)
    await signIn(lena.page, 'lena_k', 'whathelped-demo')
    await signIn(tomas.page, 'tomas', 'whathelped-demo')
  })

  it('writes a story with two interventions, keeping the draft and warning about an email', async () => {
    const { page } = lena
    await page.goto('/new')
    await page.getByRole('textbox', { name: 'Title' }).fill(title)
    await page.getByRole('textbox', { name: 'Your story' }).fill('For a year my jawline broke out every month. Write to me at lena@example.com')
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'contact details' }).textContent()).toContain('lena@example.com')
    // The preview is the server's rendering.
    await page.getByRole('region', { name: 'Your story: preview' }).getByText('For a year').waitFor()

    // A submit with fields missing keeps everything and says what is wrong, next to the field.
    await page.getByRole('textbox', { name: 'Your story' }).fill('For a year my jawline broke out every month, worst before my period.')
    await page.getByRole('button', { name: 'Post' }).click()
    expect(await page.getByText('Choose at least one condition').isVisible()).toBe(true)
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(title)

    // The draft survives a reload.
    await page.waitForTimeout(500)
    await page.reload()
    await page.getByText('Your unsent draft was restored.').waitFor()
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(title)

    await page.getByRole('searchbox', { name: 'Search conditions' }).fill('jawline')
    await page.getByRole('checkbox', { name: 'Hormonal acne' }).check()
    await page.getByRole('combobox', { name: 'Intervention 1' }).selectOption({ label: 'Zinc' })
    await page.getByRole('combobox', { name: 'How it went' }).first().selectOption({ label: 'helped a lot' })
    await page.getByRole('spinbutton', { name: 'For how many weeks (optional)' }).first().fill('12')
    await page.getByRole('button', { name: 'Add another thing I tried' }).click()
    await page.getByRole('combobox', { name: 'Intervention 2' }).selectOption({ label: 'Less refined sugar' })
    await page.getByRole('combobox', { name: 'How it went' }).nth(1).selectOption({ label: 'helped' })
    await page.getByRole('combobox', { name: 'How my skin is now (optional)' }).selectOption({ label: 'Better' })
    await screenshot(page, 'story-composer')
    await page.getByRole('button', { name: 'Post' }).click()
    await page.waitForURL(/\/t\/\d+\//)
    threadUrl = new URL(page.url()).pathname
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    const tried = page.getByRole('list', { name: 'What I tried, and how it went' })
    expect(await tried.getByRole('link').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Zinc'), expect.stringContaining('Less refined sugar')]))
    expect(await page.getByRole('button', { name: 'Following' }).getAttribute('aria-pressed')).toBe('true')

    await page.goto('/')
    expect(await page.getByRole('link', { name: title }).count()).toBeGreaterThan(0)
  })

  it('replies to a comment three levels deep, reacts, and notifies the other member', async () => {
    await lena.page.goto(threadUrl)
    await lena.page.getByRole('textbox', { name: 'Add a reply' }).fill('Level zero: ask me anything about the zinc.')
    await lena.page.getByRole('button', { name: 'Post reply' }).click()
    await commentWith(lena.page, 'Level zero').waitFor()

    await tomas.page.goto(threadUrl)
    await replyTo(tomas.page, 'Level zero', 'lena_k', 'Level one: which zinc did you take, @lena_k?')
    await lena.page.reload()
    await replyTo(lena.page, 'Level one', 'tomas', 'Level two: zinc picolinate, 30 mg with dinner.')
    await tomas.page.reload()
    await replyTo(tomas.page, 'Level two', 'lena_k', 'Level three: thanks, trying it now.')
    const deepest = commentWith(tomas.page, 'Level three')
    expect(await deepest.evaluate((el) => el.closest('li')?.parentElement?.closest('ol')?.parentElement?.closest('li') !== null)).toBe(true)
    expect(await deepest.evaluate((el) => {
      let depth = 0
      for (let node = el.parentElement; node; node = node.parentElement) if (node.matches('li[id^="comment-"]')) depth++
      return depth
    })).toBe(3)

    // Tomas finds the story helpful, and a comment too.
    const helpful = tomas.page.getByRole('group', { name: 'Reactions' }).first().getByRole('button', { name: /^Helpful/ })
    await helpful.click()
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true')
    expect(await helpful.textContent()).toContain('1')
    await commentWith(tomas.page, 'Level two').getByRole('button', { name: /^Me too/ }).first().click()
    await expect.poll(() => commentWith(tomas.page, 'Level two').getByRole('button', { name: /^Me too/ }).first().getAttribute('aria-pressed')).toBe('true')
    await screenshot(tomas.page, 'story-thread-replies')

    // Lena hears about the replies to her.
    await lena.page.goto('/')
    const bell = lena.page.getByRole('link', { name: /^Notifications, \d+ unread$/ })
    await bell.waitFor()
    await bell.click()
    await lena.page.waitForURL(/\/notifications$/)
    expect(await lena.page.getByText(/tomas\s+replied to you in/).count()).toBeGreaterThanOrEqual(2)
    await screenshot(lena.page, 'notifications')
    await lena.page.getByRole('button', { name: 'Mark all as read' }).click()
    await expect.poll(() => lena.page.getByRole('button', { name: 'Mark all as read' }).count()).toBe(0)
  })

  it('shows the thread on a 360 px phone in dark mode without sideways scrolling', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 360, height: 780 }, colorScheme: 'dark' })
    const page = await context.newPage()
    await signIn(page, 'lena_k', 'whathelped-demo')
    await page.goto(threadUrl)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'story-thread-360-dark')
    await page.goto('/new')
    await screenshot(page, 'story-composer-360-dark')
    await context.close()
  })
})
