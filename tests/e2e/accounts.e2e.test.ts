import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { DEMO_USERS } from '@/prisma/seed/data/users'
import { newPage, screenshot, useBrowser } from './support/browser'
import { apiSignIn as signInAsClient } from './support/http'

const baseURL = inject('baseURL')

const apiSignIn = (login: string, password: string) => signInAsClient(baseURL, login, password)

describe('accounts', () => {
  const browser = useBrowser()


  it('a newcomer signs up, signs out, signs in, sees their profile, exports their data and deletes their account', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // A wrong password is an expected 401 (the browser logs it); script errors and 5xx are not.
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()))
    page.on('response', (response) => response.status() >= 500 && errors.push(`${response.status()} ${response.url()}`))

    await page.goto('/')
    await page.getByRole('link', { name: 'Join' }).click()
    await page.waitForURL('**/signup')
    // Mistakes first: the form keeps what was typed and says what is wrong, by field.
    await page.getByLabel('Handle').fill('ab')
    await page.getByLabel('Email').fill('e2e-newcomer@example.test')
    await page.getByLabel('Password').fill('short')
    await page.getByRole('button', { name: 'Create my account' }).click()
    await expect.poll(() => page.getByText('At least 3 characters', { exact: true }).count()).toBe(1)
    expect(await page.getByText('At least 10 characters', { exact: true }).count()).toBe(1)
    expect(await page.getByText(/Please agree to how we store/).count()).toBe(1)
    expect(await page.getByLabel('Email').inputValue()).toBe('e2e-newcomer@example.test')
    await screenshot(page, 'signup-errors')

    await page.getByLabel('Handle').fill('e2e_newcomer')
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('checkbox', { name: /I agree that WhatHelped stores/ }).check()
    await page.getByRole('button', { name: 'Create my account' }).click()
    // The same answer for a new and a registered address: no automatic sign-in, a link to it.
    await expect.poll(() => page.getByText(/we have sent you an email to confirm your address/).count()).toBe(1)
    await screenshot(page, 'signup-done')
    await page.getByRole('link', { name: 'Sign in now' }).click()
    await page.waitForURL('**/signin?callbackUrl=*')
    await page.getByLabel('Handle or email').fill('e2e_newcomer')
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL('**/u/e2e_newcomer?welcome=1')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('e2e_newcomer')
    expect(await page.getByRole('list', { name: 'Your account' }).getByRole('link', { name: 'e2e_newcomer' }).count()).toBe(1)
    await screenshot(page, 'profile-welcome')

    const session = await page.request.get('/api/auth/session')
    const sessionBody = (await session.json()) as { user: Record<string, unknown> }
    expect(Object.keys(sessionBody.user).sort()).toEqual(['handle', 'id', 'role'])
    expect(sessionBody.user).toMatchObject({ handle: 'e2e_newcomer', role: 'MEMBER' })

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.waitForURL(baseURL + '/')
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBe(1)

    await page.getByRole('link', { name: 'Sign in' }).click()
    await page.waitForURL('**/signin')
    await page.getByLabel('Handle or email').fill('e2e-newcomer@example.test')
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByText(/do not match/).count()).toBe(1)
    expect(await page.getByLabel('Handle or email').inputValue()).toBe('e2e-newcomer@example.test')
    await screenshot(page, 'signin-error')
    await page.getByLabel('Password').fill('a long enough password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(baseURL + '/')
    await page.getByRole('list', { name: 'Your account' }).getByRole('link', { name: 'e2e_newcomer' }).click()
    await page.waitForURL('**/u/e2e_newcomer')
    expect(await page.getByRole('heading', { name: 'Stories' }).count()).toBe(1)

    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    await page.waitForURL('**/settings')
    await screenshot(page, 'settings')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()])
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { format: string; profile: { handle: string; email: string } }
    expect(exported.format).toBe('whathelped-export')
    expect(exported.profile).toMatchObject({ handle: 'e2e_newcomer', email: 'e2e-newcomer@example.test' })

    const danger = page.getByRole('region', { name: 'Delete my account' })
    await danger.getByRole('radio', { name: /Erase it/ }).check()
    await danger.getByLabel('Your password, to confirm').fill('a long enough password')
    await danger.getByRole('button', { name: 'Delete my account' }).click()
    await page.waitForURL('**/goodbye?mode=erase')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Your account is deleted')
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(1)
    expect((await page.request.get('/u/e2e_newcomer')).status()).toBe(404)
    expect((await apiSignIn('e2e_newcomer', 'a long enough password')).status).toBe(401)
    expect(errors).toEqual([])
    await context.close()
  })

  it('the 6th failed sign-in for an account from one address gets 429 with Retry-After; unknown accounts look the same as wrong passwords', async () => {
    const unknown = await apiSignIn('no_such_member', 'whatever password')
    const wrong = await apiSignIn('ola', 'whatever password')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(unknown.status)
    expect(wrong.body).toBe(unknown.body)
    for (let i = 2; i <= 5; i++) expect((await apiSignIn('ola', 'wrong password')).status).toBe(401)
    const sixth = await apiSignIn('ola', 'wrong password')
    expect(sixth.status).toBe(429)
    expect(Number(sixth.retryAfter)).toBeGreaterThan(0)
    expect(sixth.body).toMatch(/Too many failed sign-in attempts/)
  })

  it('shows sign-in throttling clearly in the form', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/signin')
    await page.getByLabel('Handle or email').fill('ola')
    await page.getByLabel('Password').fill('wrong password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByText(/Too many failed sign-in attempts/).count()).toBe(1)
    await context.close()
  })

  it('a signed-in member gets a session with only id, handle and role', async () => {
    const { status, cookie } = await apiSignIn('lena_k', 'whathelped-demo')
    expect(status).toBe(200)
    const session = await fetch(new URL('/api/auth/session', baseURL), { headers: { Cookie: cookie } })
    const body = (await session.json()) as { user: Record<string, unknown> }
    expect(Object.keys(body.user).sort()).toEqual(['handle', 'id', 'role'])
    expect(JSON.stringify(body)).not.toContain('@')
  })

  it('never shows a seeded member\'s email on their public pages, in the RSC payload, or in public APIs', async () => {
    const viewer = await apiSignIn('priya_s', 'whathelped-demo')
    for (const user of DEMO_USERS.slice(0, 6)) {
      for (const cookie of ['', viewer.cookie]) {
        for (const headers of [{}, { RSC: '1' }] as Record<string, string>[]) {
          for (const url of [`/u/${user.handle}`, `/u/${user.handle}?stories=2&comments=2`]) {
            const response = await fetch(new URL(url, baseURL), { headers: { ...headers, Cookie: cookie } })
            expect(response.status, url).toBe(200)
            const text = await response.text()
            expect(text, url).toContain(user.handle)
            expect(text, url).not.toContain(user.email)
            expect(text, url).not.toMatch(/@whathelped\.test/)
          }
        }
      }
    }
    const session = await fetch(new URL('/api/auth/session', baseURL), { headers: { Cookie: viewer.cookie } })
    expect(await session.text()).not.toMatch(/@whathelped\.test/)
  })

  it('keeps admin pages and the dev outbox away from everyone else', async () => {
    expect((await fetch(new URL('/dev/outbox', baseURL))).status).toBe(404)
    expect((await fetch(new URL('/admin/users', baseURL))).status).toBe(404)
    const member = await apiSignIn('tomas', 'whathelped-demo')
    expect((await fetch(new URL('/admin/users', baseURL), { headers: { Cookie: member.cookie } })).status).toBe(404)
    expect((await fetch(new URL('/api/account/export', baseURL))).status).toBe(401)
  })

  it('an admin changes a member\'s role, and it shows in the audit list', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await signInWithForm(page, 'admin', 'whathelped-admin')
    await page.goto('/admin/users?q=jordan')
    await page.getByLabel('Role of jordan').selectOption('MODERATOR')
    await page.getByLabel('Reason (optional)').fill('Trusted member')
    await page.getByRole('button', { name: 'Change' }).click()
    await expect.poll(() => page.getByText('jordan is now moderator.').count()).toBe(1)
    await page.reload()
    expect(await page.getByText(/admin made jordan moderator \(was member\) — “Trusted member”/).count()).toBe(1)
    await screenshot(page, 'admin-users')
    await context.close()
  })

  it('account pages read well on a 360 px phone, in the dark theme too', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ baseURL, viewport: { width: 360, height: 780 }, colorScheme })
      const page = await context.newPage()
      for (const [url, name] of [['/signup', 'signup'], ['/u/lena_k', 'profile'], ['/privacy', 'privacy']] as const) {
        await page.goto(url)
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, url).toBeLessThanOrEqual(0)
        await screenshot(page, `${name}-360-${colorScheme}`)
      }
      await signInWithForm(page, 'lena_k', 'whathelped-demo')
      await page.goto('/settings')
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
      await screenshot(page, `settings-360-${colorScheme}`)
      await context.close()
    }
  })
})

async function signInWithForm(page: Page, login: string, password: string) {
  await page.goto('/signin')
  await page.getByLabel('Handle or email').fill(login)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.waitForURL(baseURL + '/')
}
