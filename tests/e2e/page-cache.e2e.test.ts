import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, signIn, useBrowser } from './support/browser'

/** Loads a page and returns how Next answered it: "HIT" when it came from the page cache. */
async function visit(page: Page, path: string): Promise<{ cache: string | null; cacheControl: string | null }> {
  const response = await page.goto(path)
  expect(response?.status()).toBe(200)
  const headers = response!.headers()
  return { cache: headers['x-nextjs-cache'] ?? null, cacheControl: headers['cache-control'] ?? null }
}

// Decision 008: anonymous readers of the story lists share one cached render; members get theirs
// rendered per request; a change the public sees reaches the cached lists at once.
describe('the anonymous page cache', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')
  const title = `Cold showers and oat baths calmed my eczema ${Date.now().toString(36)}`
  let reader: { context: BrowserContext; page: Page }
  let lena: { context: BrowserContext; page: Page }
  let maya: { context: BrowserContext; page: Page }
  let threadUrl = ''

  beforeAll(async () => {
    reader = await newPage(browser(), baseURL)
    lena = await newPage(browser(), baseURL)
    maya = await newPage(browser(), baseURL)
    await signIn(lena.page, 'lena_k', 'whathelped-demo')
    await signIn(maya.page, 'mod_maya', 'whathelped-mod')
  })

  it('serves an anonymous reader the cached list, never to be kept by a shared cache', async () => {
    await visit(reader.page, '/stories?tag=eczema')
    const again = await visit(reader.page, '/stories?tag=eczema')
    expect(again.cache).toBe('HIT')
    expect(again.cacheControl).toContain('private')
    expect(again.cacheControl).toContain('no-store')
    await reader.page.getByRole('link', { name: 'Sign in' }).waitFor()
  })

  it('renders the same address for a member, with their own menu', async () => {
    const seen = await visit(lena.page, '/stories?tag=eczema')
    expect(seen.cache).toBeNull()
    await lena.page.getByRole('list', { name: 'Your account' }).getByRole('link', { name: 'lena_k' }).waitFor()
    expect(await lena.page.getByRole('link', { name: 'Sign in' }).count()).toBe(0)
  })

  it('shows a member’s new story to anonymous readers at once, not after the cache expires', async () => {
    const { page } = lena
    await page.goto('/new')
    await page.getByRole('textbox', { name: 'Title' }).fill(title)
    await page.getByRole('textbox', { name: 'Your story' }).fill('Two weeks of lukewarm-then-cold showers and an oat bath every other night: the itch at night is gone.')
    await page.getByRole('searchbox', { name: 'Search conditions' }).fill('eczema')
    await page.getByRole('checkbox', { name: 'Eczema', exact: true }).check()
    await page.getByRole('combobox', { name: 'Intervention 1' }).selectOption({ label: 'Stress management' })
    await page.getByRole('combobox', { name: 'How it went' }).first().selectOption({ label: 'helped' })
    await page.getByRole('button', { name: 'Post' }).click()
    await page.waitForURL(/\/t\/\d+\//)
    threadUrl = new URL(page.url()).pathname

    await visit(reader.page, '/stories?tag=eczema')
    await reader.page.getByRole('link', { name: title }).waitFor({ timeout: 2_000 })
    await visit(reader.page, '/')
    await reader.page.getByRole('link', { name: title }).first().waitFor({ timeout: 2_000 })
    await screenshot(reader.page, 'page-cache-anonymous-home')
  })

  it('takes a story a moderator removes out of the anonymous lists at once', async () => {
    const { page } = maya
    await page.goto(threadUrl)
    await page.getByText('Moderate this story').click()
    const form = page.getByRole('form', { name: 'Moderate this story' })
    await form.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Remove' })
    await form.getByRole('textbox', { name: /Public reason/ }).fill('Test of the cache: removed')
    await form.getByRole('checkbox', { name: /I am sure/ }).check()
    await form.getByRole('button', { name: 'Apply' }).click()
    await form.getByRole('status').filter({ hasText: /removed/i }).waitFor()

    await visit(reader.page, '/stories?tag=eczema')
    expect(await reader.page.getByRole('link', { name: title }).count()).toBe(0)
    await visit(reader.page, '/')
    expect(await reader.page.getByRole('link', { name: title }).count()).toBe(0)
  })
})
