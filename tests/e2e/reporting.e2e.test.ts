import { describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, signIn, useBrowser } from './support/browser'

const PHONE = { width: 390, height: 844 }

interface ApiStory {
  id: number
  url: string
  title: string
  authorHandle: string | null
  membersOnly: boolean
  commentCount: number
}

/** Public stories from the JSON API: one by `handle`, and others' (the most answered first). */
async function storiesFor(baseURL: string, handle: string): Promise<{ own: ApiStory | undefined; other: ApiStory; another: ApiStory }> {
  const response = await fetch(new URL('/api/stories?limit=50&kind=all', baseURL))
  const { stories } = (await response.json()) as { stories: ApiStory[] }
  const others = stories.filter((s) => s.authorHandle && s.authorHandle !== handle && !s.membersOnly).sort((a, b) => b.commentCount - a.commentCount)
  return { own: stories.find((s) => s.authorHandle === handle), other: others[0]!, another: others[1]! }
}

describe('a member reports a story', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')


  it('reports a story as a self-harm risk, sees where to find help, then finds the report under My reports', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await signIn(page, 'priya_s', 'whathelped-demo')
    const { own, other } = await storiesFor(baseURL, 'priya_s')

    // No "Report" on your own story.
    if (own) {
      await page.goto(own.url)
      expect(await page.getByRole('link', { name: 'Report this story' }).count()).toBe(0)
    }

    await page.goto(other.url)
    // Replies by others carry their own "Report" link.
    expect(other.commentCount).toBeGreaterThan(0)
    await page.getByRole('link', { name: /^Report reply by / }).first().waitFor()
    await screenshot(page, 'thread-report-links')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'thread-report-links-phone')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.getByRole('link', { name: 'Report this story' }).click()
    await page.waitForURL(/\/report\?type=post&id=\d+/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Report a story')
    // The page shows what is being reported.
    expect(await page.getByRole('region', { name: 'The story you are reporting' }).textContent()).toContain(other.title)

    // Submitting without a reason keeps the note and says what is missing, tied to the choices.
    const note = page.getByRole('textbox', { name: /Anything the moderators should know/ })
    await note.fill('They wrote that they do not want to go on. <b>please look</b>')
    await page.getByRole('button', { name: 'Send report' }).click()
    await page.getByText('Choose a reason', { exact: true }).waitFor()
    expect(await note.inputValue()).toBe('They wrote that they do not want to go on. <b>please look</b>')
    expect(await page.getByRole('group', { name: 'Why are you reporting this story?' }).getAttribute('aria-describedby')).toBe('report-reason-error')

    await page.getByRole('radio', { name: /Someone may be at risk of harming themselves/ }).check()
    await screenshot(page, 'report-form')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'report-form-phone')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.getByRole('button', { name: 'Send report' }).click()

    await page.getByRole('heading', { name: 'Thanks — a moderator will review it.' }).waitFor()
    const help = page.getByRole('region', { name: 'If you or someone else may be in danger' })
    expect(await help.textContent()).toContain('988')
    expect(await help.textContent()).toContain('116 123')
    expect(await help.getByRole('link', { name: 'findahelpline.com' }).getAttribute('href')).toBe('https://findahelpline.com')
    await screenshot(page, 'report-sent')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'report-sent-phone')
    await page.setViewportSize({ width: 1280, height: 900 })

    // Coming back to the form: already reported, waiting for a moderator.
    await page.reload()
    await page.getByText(/You reported this story .* and your report is waiting for a moderator/).waitFor()
    expect(await page.getByRole('button', { name: 'Send report' }).count()).toBe(0)

    // My reports, from the user menu.
    await page.goto('/')
    await page.getByRole('list', { name: 'Your account' }).getByRole('link', { name: 'My reports' }).click()
    await page.waitForURL(/\/reports$/)
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: other.title })
    expect(await item.textContent()).toContain('Received — awaiting review')
    expect(await item.textContent()).toContain('Someone may be at risk of harming themselves')
    // The note is text, not markup.
    expect(await item.textContent()).toContain('<b>please look</b>')
    expect(await item.locator('b').count()).toBe(0)
    await screenshot(page, 'my-reports')
    await page.setViewportSize(PHONE)
    await screenshot(page, 'my-reports-phone')
    await page.setViewportSize({ width: 1280, height: 900 })

    // A profile has its own "Report" link (and yours does not).
    await page.goto(`/u/${other.authorHandle}`)
    await screenshot(page, 'profile-report-link')
    await page.getByRole('link', { name: `Report ${other.authorHandle}` }).click()
    await page.waitForURL(/\/report\?type=user&id=/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Report a member')
    await screenshot(page, 'report-member')
    await page.goto('/u/priya_s')
    expect(await page.getByRole('link', { name: /^Report / }).count()).toBe(0)
    await context.close()
  })

  it('works without JavaScript, and sends a signed-out visitor to sign in and back', async () => {
    const context = await browser().newContext({ baseURL, viewport: { width: 1280, height: 900 }, javaScriptEnabled: false })
    const page = await context.newPage()
    const { other, another } = await storiesFor(baseURL, 'tomas')
    await page.goto(another.url)
    await page.getByRole('link', { name: 'Report this story' }).click()
    await page.waitForURL(/\/signin\?callbackUrl=/)
    expect(decodeURIComponent(new URL(page.url()).searchParams.get('callbackUrl') ?? '')).toBe(`/report?type=post&id=${another.id}`)

    await signIn(page, 'tomas', 'whathelped-demo')
    await page.goto(`/report?type=post&id=${other.id}`)
    await page.getByRole('radio', { name: /Spam or advertising/ }).check()
    await page.getByRole('textbox', { name: /Anything the moderators should know/ }).fill('Links to a shop in every paragraph.')
    await page.getByRole('button', { name: 'Send report' }).click()
    await page.getByRole('heading', { name: 'Thanks — a moderator will review it.' }).waitFor()
    expect(await page.getByRole('region', { name: 'If you or someone else may be in danger' }).count()).toBe(0)
    await page.goto('/reports')
    expect(await page.getByRole('main').getByRole('listitem').filter({ hasText: other.title }).textContent()).toContain('Spam or advertising')
    await context.close()
  })
})
