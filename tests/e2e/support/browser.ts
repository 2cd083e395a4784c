// Debian's Chromium (apt package `chromium`) driven by playwright-core: Playwright cannot
// download its own browser on these machines.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '..', 'screenshots')

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS })
}

export async function newPage(browser: Browser, baseURL: string, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, viewport })
  const page = await context.newPage()
  return { context, page }
}

/** Saves a full-page screenshot for review under tests/e2e/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/**
 * Chromium for the tests of one `describe`: launched before them, closed after. Call it first
 * in the block so later `beforeAll` hooks can already open pages: `newPage(browser(), baseURL)`.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('useBrowser(): Chromium has not started yet')
    return browser
  }
}

/**
 * Signs in through next-auth's credentials endpoint in the page's context, so the browser holds
 * the real session cookie, and checks the session names `login`.
 */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  const csrf = await page.request.get('/api/auth/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/auth/callback/credentials', { form: { login, password, csrfToken, json: 'true' } })
  expect(response.status()).toBeLessThan(400)
  const session = (await (await page.request.get('/api/auth/session')).json()) as { user?: { handle: string } }
  expect(session.user?.handle).toBe(login)
}
