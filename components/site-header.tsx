import Link from 'next/link'
import { MAIN_ARTICLE_SLUG } from '@/lib/articles/constants'
import { paths } from '@/lib/paths'
import { NotificationBell } from './notification-bell'

// Main navigation. Features add their entry here (one line each).
const NAV_LINKS = [
  { href: paths.stories(), label: 'Stories' },
  { href: paths.insights(), label: 'What helped' },
  { href: paths.article(MAIN_ARTICLE_SLUG), label: 'The article' },
  { href: paths.newStory(), label: 'Write a story' },
] as const

/** The header and the page's main region. `account` is the right end of the header: the
 * signed-in member's menu (<UserMenu />), or the sign-in links on pages rendered once for every
 * anonymous reader (app/(anon), decision 008), which must not read the session. */
export function SiteFrame({ account, children }: { account: React.ReactNode; children: React.ReactNode }) {
  return (
    <>
      <SiteHeader account={account} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
        {children}
      </main>
    </>
  )
}

// On a phone the search box takes its own row under the logo and account menu, so nothing
// overlaps at 360 px.
function SiteHeader({ account }: { account: React.ReactNode }) {
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 pt-3">
        <Link href={paths.home()} className="text-xl font-bold tracking-tight text-accent no-underline">
          WhatHelped
        </Link>
        <form action={paths.search()} role="search" aria-label="Site search" className="order-last flex min-w-0 basis-full items-center gap-1 sm:order-none sm:max-w-xs sm:flex-1 sm:basis-auto">
          <label htmlFor="header-search" className="sr-only">
            Search stories
          </label>
          <input
            id="header-search"
            type="search"
            name="q"
            placeholder="Search stories"
            maxLength={200}
            className="w-full min-w-0 rounded-lg border border-line bg-page px-2 py-1 text-sm"
          />
          <button type="submit" className="rounded-lg border border-line px-2 py-1 text-sm">
            Search
          </button>
        </form>
        <div className="ml-auto flex items-center gap-2">
          <NotificationBell />
          {account}
        </div>
      </div>
      <nav aria-label="Main" className="mx-auto max-w-4xl px-4 pb-3 pt-2">
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
