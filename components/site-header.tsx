import Link from 'next/link'
import { MAIN_ARTICLE_SLUG } from '@/lib/articles/constants'
import { paths } from '@/lib/paths'

// Main navigation. Features add their entry here (one line each).
const NAV_LINKS = [
  { href: paths.stories(), label: 'Stories' },
  { href: paths.article(MAIN_ARTICLE_SLUG), label: 'The article' },
] as const

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface">
      <nav aria-label="Main" className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={paths.home()} className="text-xl font-bold tracking-tight text-accent no-underline">
          WhatHelped
        </Link>
        <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          {NAV_LINKS.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="hover:underline">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
