import Link from 'next/link'
import { InsightsCaveat } from './caveat'

/** The top of every insights page: a way back, the title, what the page shows, and the caveat. */
export function InsightsPageHeader({ back, title, children }: { back?: { href: string; label: React.ReactNode }; title: React.ReactNode; children?: React.ReactNode }) {
  return (
    <>
      <header className="space-y-2">
        {back && (
          <p className="text-sm font-medium uppercase tracking-wide text-accent">
            <Link href={back.href} className="hover:underline">
              {back.label}
            </Link>
          </p>
        )}
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{title}</h1>
        {children && <p className="text-muted">{children}</p>}
      </header>
      <InsightsCaveat />
    </>
  )
}
