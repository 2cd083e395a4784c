import { describe, expect, inject, it } from 'vitest'
import { newPage, screenshot, useBrowser } from './support/browser'

describe('a visitor reads what helped', () => {
  const browser = useBrowser()
  const baseURL = inject('baseURL')


  it("opens acne's insights from the menu and follows a number to the stories behind it", async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What helped' }).click()
    await page.waitForURL(/\/insights$/)
    await screenshot(page, 'insights-index')
    await page.getByRole('link', { name: /^Acne\b/ }).click()
    await page.waitForURL(/\/insights\/acne$/)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('What helped for Acne')
    expect(await page.getByRole('complementary', { name: 'About these numbers' }).textContent()).toMatch(/not medical advice.*dermatologist/)

    const table = page.getByRole('table')
    const rows = table.getByRole('row')
    expect(await rows.count()).toBeGreaterThan(1)
    await screenshot(page, 'insights-acne')

    const helped = table.getByRole('link', { name: /said it helped: see their stories/ }).first()
    const count = Number(await helped.textContent())
    expect(count).toBeGreaterThan(0)
    await helped.click()
    await page.waitForURL(/\/stories\?/)
    const url = new URL(page.url())
    expect(url.searchParams.getAll('tag')[0]).toBe('acne')
    expect(url.searchParams.get('outcome')).toBe('helped')
    // Every counted member has at least one such story (a member's older ones show as well).
    await page.getByRole('article').first().waitFor()
    expect(await page.getByRole('article').count()).toBeGreaterThanOrEqual(count)
    await screenshot(page, 'insights-drilldown')
    await context.close()
  })

  it('compares two interventions side by side', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/insights/acne')
    const boxes = page.getByRole('table').getByRole('checkbox', { name: /^Compare / })
    const first = await boxes.nth(0).getAttribute('value')
    const second = await boxes.nth(1).getAttribute('value')
    await boxes.nth(0).check()
    await boxes.nth(1).check()
    await page.getByRole('button', { name: 'Compare the ones you ticked' }).click()
    await page.waitForURL(/\/insights\/acne\/compare\?/)
    expect(new URL(page.url()).searchParams.getAll('i')).toEqual([first, second])
    expect(await page.getByRole('article').count()).toBe(2)
    expect(await page.getByRole('complementary', { name: 'About these numbers' }).count()).toBe(1)
    await screenshot(page, 'insights-compare')
    await context.close()
  })

  it('shows an intervention across conditions, and the same numbers as JSON', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    await page.goto('/insights/intervention/multi-strain-probiotic')
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Multi-strain probiotic/)
    expect(await page.getByRole('complementary', { name: 'About these numbers' }).count()).toBe(1)
    await screenshot(page, 'insights-intervention')
    const response = await fetch(new URL('/api/insights/acne', baseURL))
    expect(response.status).toBe(200)
    const body = (await response.json()) as { interventions: unknown[] }
    expect(body.interventions.length).toBeGreaterThan(0)
    await context.close()
  })

  it('reads on a 360 px phone and in dark mode', async () => {
    const { context, page } = await newPage(browser(), baseURL, { width: 360, height: 780 })
    await page.goto('/insights/acne')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await screenshot(page, 'insights-acne-360')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'insights-acne-360-dark')
    await context.close()
    const dark = await newPage(browser(), baseURL)
    await dark.page.emulateMedia({ colorScheme: 'dark' })
    await dark.page.goto('/insights/acne')
    await screenshot(dark.page, 'insights-acne-dark')
    await dark.context.close()
  })
})
