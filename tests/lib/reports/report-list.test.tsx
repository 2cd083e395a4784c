import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it, vi } from 'vitest'
import { ReportList } from '@/components/reports/report-list'
import { SelfHarmHelp } from '@/components/reports/self-harm-help'
import type { MyReport } from '@/lib/reports/queries'

vi.mock('next/link', () => ({
  default: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => (
    <a href={href} {...rest}>
      {children}
    </a>
  ),
}))

const base: MyReport = {
  id: 1,
  reason: 'OTHER',
  note: null,
  status: 'OPEN',
  createdAt: new Date('2026-11-20T10:00:00Z'),
  resolvedAt: null,
  target: { noun: 'story', label: 'A story', href: '/t/1/a-story' },
}

describe('the reporter’s list of reports', () => {
  it('shows a note with markup as text, never as HTML (stored XSS)', () => {
    const html = renderToStaticMarkup(<ReportList reports={[{ ...base, note: '<script>alert(1)</script><img src=x onerror=alert(2)>' }]} />)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<img')
  })

  it('escapes a target title too, and says what became of each report', () => {
    const html = renderToStaticMarkup(
      <ReportList
        reports={[
          { ...base, target: { noun: 'story', label: '<b>bold</b>', href: '/t/1/x' } },
          { ...base, id: 2, status: 'ACTIONED', resolvedAt: new Date() },
          { ...base, id: 3, status: 'DISMISSED', resolvedAt: new Date() },
        ]}
      />,
    )
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt;')
    expect(html).toContain('Received — awaiting review')
    expect(html).toContain('Handled: action taken')
    expect(html).toContain('Reviewed: no action')
  })
})

describe('self-harm help', () => {
  it('names the emergency number, 988, Samaritans and findahelpline.com', () => {
    const html = renderToStaticMarkup(<SelfHarmHelp />)
    expect(html).toContain('988')
    expect(html).toContain('116 123')
    expect(html).toContain('href="https://findahelpline.com"')
    expect(html).toMatch(/emergency number/)
  })
})
