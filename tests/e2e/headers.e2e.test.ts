// What every response says about itself: a Content-Security-Policy that Next's own scripts
// satisfy and injected ones do not, and nothing of the app's internal routing.
import { describe, expect, inject, it } from 'vitest'
import { newPage, signIn, useBrowser } from './support/browser'

const baseURL = inject('baseURL')

async function firstThreadPath(): Promise<string> {
  const list = (await (await fetch(new URL('/api/stories?limit=1', baseURL))).json()) as { stories: { url: string }[] }
  return new URL(list.stories[0]!.url, baseURL).pathname
}

function scriptSources(policy: string): string[] {
  return policy.split('; ').find((part) => part.startsWith('script-src '))!.split(' ').slice(1)
}

describe('response headers', () => {
  const browser = useBrowser()

  it('a page rendered per request allows only scripts carrying its own fresh nonce, and every script of Next carries it', async () => {
    const path = await firstThreadPath()
    const [first, second] = await Promise.all([fetch(new URL(path, baseURL)), fetch(new URL(path, baseURL))])
    const policy = first.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    expect(nonce).toBeTruthy()
    expect(scriptSources(policy)).not.toContain("'unsafe-inline'")
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    const html = await first.text()
    const scripts = html.match(/<script\b[^>]*>/g) ?? []
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
  })

  it('the anonymous cached lists carry a policy without a nonce, and no internal path in any header', async () => {
    const response = await fetch(new URL('/stories?tag=acne', baseURL))
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("object-src 'none'")
    expect(policy).toContain("frame-ancestors 'none'")
    for (const [name, value] of response.headers) {
      expect(name).not.toMatch(/^x-middleware/)
      expect(value, name).not.toContain('/anon/')
    }
  })

  it('in Chromium a member’s thread hydrates without a policy violation, and an injected inline handler does not run', async () => {
    const { context, page } = await newPage(browser(), baseURL)
    const violations: string[] = []
    page.on('console', (message) => message.text().includes('Content Security Policy') && violations.push(message.text()))
    await signIn(page, 'lena_k', 'whathelped-demo')
    await page.goto(await firstThreadPath())
    // Hydrated: a client component answers (the reply box's preview toggle, or any button).
    await page.getByRole('textbox', { name: 'Add a reply' }).fill('checking the policy')
    expect(await page.getByRole('button', { name: 'Post reply' }).isEnabled()).toBe(true)
    expect(violations).toEqual([])
    const ran = await page.evaluate(async () => {
      const holder = document.createElement('div')
      holder.innerHTML = '<img src="/no-such-image.png" onerror="window.__injected = true">'
      document.body.append(holder)
      await new Promise((resolve) => setTimeout(resolve, 500))
      return (window as unknown as { __injected?: boolean }).__injected === true
    })
    expect(ran).toBe(false)
    expect(violations).toHaveLength(1)
    expect(violations[0]).toMatch(/inline event handler/)
    await context.close()
  })
})
