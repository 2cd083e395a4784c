import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import { paths } from '@/lib/paths'
import './globals.css'

export const metadata: Metadata = {
  title: { default: 'WhatHelped — skin stories, and what actually helped', template: '%s · WhatHelped' },
  description:
    'A community where people with acne, eczema and other skin problems share what they tried — probiotics, diet, sleep, treatments — and how it went.',
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#161412' },
  ],
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-surface focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        {/* The header and <main> come from each group's layout (SiteFrame): most read the
            session, the anonymous cached pages in app/(anon) must not. */}
        {children}
        <footer className="mx-auto max-w-4xl border-t border-line px-4 py-6 text-sm text-muted">
          <p>
            WhatHelped shares members&rsquo; own experiences. It is not medical advice: talk to a
            dermatologist or doctor before you change a treatment.
          </p>
          <p className="mt-2">
            <Link href={paths.privacy()} className="underline">
              Privacy: what we store and how to take it with you
            </Link> ·{' '}
            <Link href={paths.moderationLog()} className="underline">
              Moderation log
            </Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
