import type { Metadata } from 'next'
import { ReportList } from '@/components/reports/report-list'
import { requireUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { MY_REPORTS_SHOWN, listMyReports } from '@/lib/reports/queries'

export const metadata: Metadata = { title: 'My reports', robots: { index: false, follow: false } }

// Only the signed-in member's own reports: never anyone else's, never which moderator handled it.
export default async function MyReportsPage() {
  const viewer = await requireUser({ redirectTo: paths.reports() })
  const reports = await listMyReports(viewer)
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">My reports</h1>
        <p className="text-muted">
          What you reported and what the moderators did about it. Nobody else can see this list, and the people you reported are never told who reported them.
        </p>
      </header>
      {reports.length === 0 ? (
        <p className="text-muted">You have not reported anything. Use &ldquo;Report&rdquo; on a story, a reply or a profile if something breaks the rules.</p>
      ) : (
        <>
          <ReportList reports={reports} />
          {reports.length === MY_REPORTS_SHOWN && <p className="text-sm text-muted">Showing your {MY_REPORTS_SHOWN} most recent reports.</p>}
        </>
      )}
    </div>
  )
}
