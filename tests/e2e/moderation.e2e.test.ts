import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, signIn, useBrowser } from './support/browser'

/** The comment whose own rendered body (or placeholder) contains `text`. */
function commentWith(page: Page, text: string) {
  return page
    .getByRole('main')
    .locator('li[id^="comment-"]')
    .filter({ has: page.locator(':scope > details > div > :is(.prose-story, p)', { hasText: text }) })
}

describe('a member reports a reply, a moderator removes it, everyone sees why', () => {
  const browser = useBrowser()
  let lena: { context: BrowserContext; page: Page }
  let tomas: { context: BrowserContext; page: Page }
  let maya: { context: BrowserContext; page: Page }
  const baseURL = inject('baseURL')
  const replyText = `Stop your prescribed cream and use my oil instead ${Date.now().toString(36)}`
  const reason = 'Advice to stop prescribed treatment'
  let threadUrl = ''
  let threadTitle = ''
  let commentId = 0

  beforeAll(async () => {
    lena = await newPage(browser(), baseURL)
    tomas = await newPage(browser(), baseURL)
    maya = await newPage(browser(), baseURL)
    await signIn(lena.page, 'lena_k', 'whathelped-demo')
    await signIn(tomas.page, 'tomas', 'whathelped-demo')
    await signIn(maya.page, 'mod_maya', 'whathelped-mod')
  })

  it('lena replies in a thread', async () => {
    const { page } = lena
    const list = (await (await page.request.get('/api/stories?limit=1')).json()) as { stories: { url: string; title: string }[] }
    threadUrl = list.stories[0]!.url
    threadTitle = list.stories[0]!.title
    await page.goto(threadUrl)
    await page.getByRole('textbox', { name: 'Add a reply' }).fill(replyText)
    await page.getByRole('button', { name: 'Post reply' }).first().click()
    const comment = commentWith(page, replyText)
    await comment.waitFor()
    commentId = Number((await comment.getAttribute('id'))!.replace('comment-', ''))
    expect(commentId).toBeGreaterThan(0)
  })

  it('tomas reports it from the thread', async () => {
    const { page } = tomas
    await page.goto(threadUrl)
    await commentWith(page, replyText).getByRole('link', { name: 'Report reply by lena_k' }).click()
    await page.getByRole('radio', { name: /Dangerous or false medical claims/ }).check()
    await page.getByRole('textbox', { name: /Anything the moderators should know/ }).fill('Telling people to stop their treatment')
    await page.getByRole('button', { name: 'Send report' }).click()
    await page.getByRole('status').filter({ hasText: 'We have received your report' }).waitFor()
  })

  it('members cannot open the queue', async () => {
    const response = await tomas.page.goto('/mod')
    expect(response?.status()).toBe(404)
  })

  it('maya sees it in the queue with the report and removes it with a public reason', async () => {
    const { page } = maya
    await page.goto('/mod')
    const item = page.locator('li[aria-labelledby^="group-COMMENT"]').filter({ hasText: replyText })
    await item.waitFor()
    expect(await item.textContent()).toContain('Telling people to stop their treatment')
    expect(await item.textContent()).toContain('tomas')
    await screenshot(page, 'moderation-queue-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'moderation-queue-phone')
    await page.setViewportSize({ width: 1280, height: 900 })

    const form = item.getByRole('form', { name: /Moderate the reply/ })
    await form.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Remove' })
    await form.getByRole('textbox', { name: /Public reason/ }).fill(reason)
    // Without the confirmation the server refuses and keeps the reason.
    await form.getByRole('button', { name: 'Apply' }).click()
    await form.getByText('Tick the box to confirm').waitFor()
    expect(await form.getByRole('textbox', { name: /Public reason/ }).inputValue()).toBe(reason)
    await form.getByRole('checkbox', { name: /I am sure/ }).check()
    await form.getByRole('button', { name: 'Apply' }).click()
    await expect.poll(() => page.locator('li[aria-labelledby^="group-COMMENT"]').filter({ hasText: replyText }).count(), { timeout: 15_000 }).toBe(0)

    await page.goto('/mod/log')
    const entry = page.getByRole('listitem').filter({ hasText: reason }).first()
    await entry.waitFor()
    expect(await entry.textContent()).toContain('mod_maya removed')
    await screenshot(page, 'moderation-log-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'moderation-log-phone')
  })

  it('the public log shows the removal and the reason, not the reporter', async () => {
    const visitor = await newPage(browser(), baseURL)
    const { page } = visitor
    await page.goto('/moderation')
    const entry = page.getByRole('listitem').filter({ hasText: reason }).first()
    await entry.waitFor()
    const text = (await entry.textContent()) ?? ''
    expect(text).toContain('mod_maya removed')
    expect(text).toContain(`[removed reply] in “${threadTitle}”`)
    expect(await page.getByRole('main').textContent()).not.toContain('tomas')
    await screenshot(page, 'moderation-public-desktop')
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'moderation-public-phone')
    await visitor.context.close()
  })

  it('lena sees the reason in place of her reply and in her notifications', async () => {
    const { page } = lena
    await page.goto(threadUrl)
    await commentWith(page, `[removed by a moderator: ${reason}]`).waitFor()
    expect(await page.getByRole('main').textContent()).not.toContain(replyText)
    await page.goto('/notifications')
    const notice = page.getByRole('listitem').filter({ hasText: 'From the moderators' }).first()
    await notice.waitFor()
    expect(await notice.textContent()).toContain(reason)
    expect(await notice.textContent()).not.toContain('tomas')
  })

  it('tomas hears that his report was handled', async () => {
    const { page } = tomas
    await page.goto('/notifications')
    await page.getByRole('listitem').filter({ hasText: 'Your report was handled' }).first().waitFor()
  })
})

describe('moderating from the thread page', () => {
  const browser = useBrowser()
  let lena: { context: BrowserContext; page: Page }
  let maya: { context: BrowserContext; page: Page }
  const baseURL = inject('baseURL')
  const replyText = `Cold showers cured everything for me ${Date.now().toString(36)}`
  let threadUrl = ''

  beforeAll(async () => {
    lena = await newPage(browser(), baseURL)
    maya = await newPage(browser(), baseURL)
    await signIn(lena.page, 'lena_k', 'whathelped-demo')
    await signIn(maya.page, 'mod_maya', 'whathelped-mod')
    const list = (await (await lena.page.request.get('/api/stories?limit=2')).json()) as { stories: { url: string }[] }
    threadUrl = list.stories[1]!.url
  })

  it('a moderator hides a reply; its author still sees it, marked with the reason; others do not', async () => {
    await lena.page.goto(threadUrl)
    await lena.page.getByRole('textbox', { name: 'Add a reply' }).fill(replyText)
    await lena.page.getByRole('button', { name: 'Post reply' }).first().click()
    await commentWith(lena.page, replyText).waitFor()
    // An edit leaves a revision for the admins' history page.
    await commentWith(lena.page, replyText).getByRole('button', { name: 'Edit your comment' }).click()
    await lena.page.getByRole('textbox', { name: 'Edit your comment' }).fill(`${replyText} (edited)`)
    await lena.page.getByRole('button', { name: 'Save' }).click()
    await commentWith(lena.page, `${replyText} (edited)`).waitFor()

    const { page } = maya
    await page.goto(threadUrl)
    const comment = commentWith(page, replyText)
    await comment.getByText('Moderate', { exact: true }).click()
    const form = comment.getByRole('form', { name: 'Moderate the reply by lena_k' })
    await form.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Hide' })
    await form.getByRole('textbox', { name: /Public reason/ }).fill('Checking this claim')
    await form.getByRole('button', { name: 'Apply' }).click()
    await form.getByRole('status').filter({ hasText: 'Hidden.' }).waitFor()
    await page.getByText('Moderate this story').click()
    await screenshot(page, 'moderation-thread-tools-desktop')

    await lena.page.goto(threadUrl)
    await commentWith(lena.page, replyText).getByRole('note').filter({ hasText: 'Hidden by moderators: Checking this claim' }).waitFor()
    const visitor = await newPage(browser(), baseURL)
    await visitor.page.goto(threadUrl)
    expect(await visitor.page.getByRole('main').textContent()).not.toContain(replyText)
    await visitor.context.close()
  })

  it('moderation forms work without JavaScript: a moderator locks the thread', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 390, height: 844 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await signIn(page, 'mod_maya', 'whathelped-mod')
    await page.goto(threadUrl)
    await page.getByText('Moderate this story').click()
    const form = page.getByRole('form', { name: 'Moderate this story' })
    await form.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Lock thread' })
    await form.getByRole('textbox', { name: /Public reason/ }).fill('Going in circles')
    await form.getByRole('button', { name: 'Apply' }).click()
    await page.waitForLoadState('load')
    await page.goto(threadUrl)
    await page.getByText('This thread is locked by the moderators').waitFor()
    await screenshot(page, 'moderation-thread-locked-phone')
    await context.close()
  })

  it('an admin reads a member’s edit history', async () => {
    const admin = await newPage(browser(), baseURL)
    await signIn(admin.page, 'admin', 'whathelped-admin')
    await admin.page.goto('/admin/users?q=lena_k')
    await admin.page.getByRole('link', { name: 'edit history' }).first().click()
    await admin.page.getByRole('heading', { name: 'Edit history of lena_k' }).waitFor()
    await admin.page.getByText(replyText).first().waitFor()
    await screenshot(admin.page, 'moderation-admin-revisions-desktop')
    const forbidden = await maya.page.goto(admin.page.url())
    expect(forbidden?.status()).toBe(404)
    await admin.context.close()
  })
})
