import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, signIn, useBrowser } from './support/browser'

function commentWith(page: Page, text: string) {
  return page.getByRole('main').locator('li[id^="comment-"]').filter({ has: page.locator(':scope > details > div > .prose-story', { hasText: text }) })
}

/** Screenshots at desktop width and at a 390 px phone width. */
async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `${name}-desktop`)
  const size = page.viewportSize()
  await page.setViewportSize({ width: 390, height: 844 })
  await page.waitForTimeout(200)
  await screenshot(page, `${name}-phone`)
  if (size) await page.setViewportSize(size)
}

describe('defences against spam', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')
  const suffix = Date.now().toString(36)
  let threadUrl = ''
  const contexts: BrowserContext[] = []
  const open = async () => {
    const opened = await newPage(browser(), baseURL)
    contexts.push(opened.context)
    return opened.page
  }

  beforeAll(async () => {
    const probe = await open()
    const list = (await (await probe.request.get('/api/stories?limit=1')).json()) as { stories: { url: string }[] }
    threadUrl = list.stories[0]!.url
  })

  it('holds a brand-new member’s reply with a link for review, shown to them only', async () => {
    const page = await open()
    const handle = `fresh_${suffix}`.slice(0, 24)
    await page.goto('/signup')
    await page.getByLabel('Handle').fill(handle)
    await page.getByLabel('Email').fill(`${handle}@example.test`)
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('checkbox', { name: /I agree that WhatHelped stores/ }).check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    await expect.poll(() => page.getByText(/we have sent you an email to confirm your address/).count()).toBe(1)
    await signIn(page, handle, 'a long enough password')

    await page.goto(threadUrl)
    const text = `The serum I used is at https://glow-shop.example/serum (${suffix})`
    await page.getByRole('textbox', { name: 'Add a reply' }).fill(text)
    await page.getByRole('button', { name: 'Post reply' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Held for review' }).count()).toBe(1)
    expect(await page.getByText("Held for review: new accounts' posts with links are checked by a moderator first.").isVisible()).toBe(true)
    const held = commentWith(page, suffix)
    await held.waitFor()
    expect(await held.getByRole('note').textContent()).toContain('Awaiting review')
    await held.scrollIntoViewIfNeeded()
    await shoot(page, 'defences-held-reply')

    // Another member, and a visitor, do not see it.
    const other = await open()
    await signIn(other, 'tomas', 'whathelped-demo')
    await other.goto(threadUrl)
    await other.getByRole('heading', { level: 2, name: /repl/ }).waitFor()
    expect(await other.getByText(suffix).count()).toBe(0)
    const visitor = await open()
    await visitor.goto(threadUrl)
    expect(await visitor.getByText(suffix).count()).toBe(0)

    // A story with a link waits too: its author sees it, marked; the lists do not show it.
    const title = `My serum routine ${suffix}`
    await page.goto('/new')
    await page.getByRole('textbox', { name: 'Title' }).fill(title)
    await page.getByRole('textbox', { name: 'Your story' }).fill('Twelve weeks of zinc and a serum from www.glow-shop.example calmed my jawline.')
    await page.getByRole('searchbox', { name: 'Search conditions' }).fill('jawline')
    await page.getByRole('checkbox', { name: 'Hormonal acne' }).check()
    await page.getByRole('combobox', { name: 'Intervention 1' }).selectOption({ label: 'Zinc' })
    await page.getByRole('combobox', { name: 'How it went' }).first().selectOption({ label: 'helped' })
    await page.getByRole('button', { name: 'Post' }).click()
    await page.waitForURL(/\/t\/\d+\//)
    const storyUrl = new URL(page.url()).pathname
    expect(await page.getByRole('note').filter({ hasText: 'Held for review' }).textContent()).toContain('Until then only you and the moderators can see this story.')
    await shoot(page, 'defences-held-story')
    expect((await visitor.goto(storyUrl))?.status()).toBe(404)
    await visitor.goto('/stories')
    expect(await visitor.getByRole('link', { name: title }).count()).toBe(0)
  })

  it('an admin blocks a word; a member’s reply with it is refused with the field error, the text kept', async () => {
    const word = `glowpills${suffix}`
    const admin = await open()
    await signIn(admin, 'admin', 'whathelped-admin')
    await admin.goto('/admin/users')
    await admin.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Spam and abuse defences' }).click()
    await admin.waitForURL('**/admin/moderation')
    await admin.getByRole('textbox', { name: 'Word or domain' }).fill(`  ${word.toUpperCase()} `)
    await admin.getByRole('button', { name: 'Add to the list' }).click()
    await expect.poll(() => admin.getByRole('status').filter({ hasText: `“${word}” is now refused.` }).count()).toBe(1)
    const list = admin.getByRole('list', { name: 'Blocked words and domains' })
    expect(await list.getByText(word, { exact: true }).count()).toBe(1)
    expect(await admin.getByText(`blocked the word “${word}”`).count()).toBe(1)
    await shoot(admin, 'defences-admin')

    // Members and moderators do not even find the page.
    const moderator = await open()
    await signIn(moderator, 'mod_maya', 'whathelped-mod')
    const response = await moderator.goto('/admin/moderation')
    expect(response?.status()).toBe(404)

    const member = await open()
    await signIn(member, 'lena_k', 'whathelped-demo')
    await member.goto(threadUrl)
    const text = `Honestly ${word} did more for me than anything.`
    const box = member.getByRole('textbox', { name: 'Add a reply' })
    await box.fill(text)
    await member.getByRole('button', { name: 'Post reply' }).click()
    await expect.poll(() => member.getByText(`Contains a blocked word: “${word}”`).count()).toBe(1)
    expect(await box.inputValue()).toBe(text)
    expect(await box.getAttribute('aria-invalid')).toBe('true')
    await box.scrollIntoViewIfNeeded()
    await shoot(member, 'defences-blocked-word')

    // Removing the word lets the same reply through.
    await list.getByRole('button', { name: `Remove “${word}”` }).click()
    await expect.poll(() => list.getByText(word, { exact: true }).count()).toBe(0)
    await member.getByRole('button', { name: 'Post reply' }).click()
    await commentWith(member, text).waitFor()
  })
})
