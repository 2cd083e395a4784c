// A member's own reports and what became of them. Text only: the note is shown as typed.
import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import type { ReportStatus } from '@/lib/generated/prisma/enums'
import type { MyReport } from '@/lib/reports/queries'
import { REPORT_REASONS } from '@/lib/reports/reasons'

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  OPEN: 'Received — awaiting review',
  ACTIONED: 'Handled: action taken',
  DISMISSED: 'Reviewed: no action',
}

const STATUS_STYLE: Record<ReportStatus, string> = {
  OPEN: 'border-line bg-neutral-soft text-ink',
  ACTIONED: 'border-good/40 bg-good-soft text-good',
  DISMISSED: 'border-line bg-surface text-muted',
}

export function ReportList({ reports }: { reports: MyReport[] }) {
  return (
    <ul className="space-y-3">
      {reports.map((report) => (
        <li key={report.id} className="rounded-xl border border-line bg-surface p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="min-w-0 break-words">
              <span className="text-muted">{report.target.noun === 'member' ? 'Member' : report.target.noun === 'story' ? 'Story' : 'Reply'}: </span>
              {report.target.href ? (
                <Link href={report.target.href} className="font-medium text-accent underline">
                  {report.target.label}
                </Link>
              ) : (
                <span className="font-medium">{report.target.label}</span>
              )}
            </p>
            <span className={`shrink-0 rounded-full border px-2.5 py-0.5 text-sm font-medium ${STATUS_STYLE[report.status]}`}>{REPORT_STATUS_LABELS[report.status]}</span>
          </div>
          <p className="mt-1 text-sm text-muted">
            {REPORT_REASONS[report.reason].label} · sent <RelativeTime date={report.createdAt} />
            {report.resolvedAt && (
              <>
                {' '}
                · reviewed <RelativeTime date={report.resolvedAt} />
              </>
            )}
          </p>
          {report.note && (
            <p className="mt-2 whitespace-pre-line break-words border-l-4 border-line pl-3 text-sm">
              <span className="sr-only">Your note: </span>
              {report.note}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}
