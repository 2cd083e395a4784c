import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { ReportForm } from '@/components/reports/report-form'
import { RelativeTime } from '@/components/relative-time'
import { requireUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { reportRefusal } from '@/lib/reports/policies'
import { findOpenReport, findReportTarget } from '@/lib/reports/queries'
import { reportTargetSchema } from '@/lib/reports/schemas'

export const metadata: Metadata = { title: 'Report', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

// /report?type=post|comment|user&id=…: what is being reported, then the form. Anything the
// member cannot read is "not found", the same as something that does not exist.
export default async function ReportPage({ searchParams }: Props) {
  const query = await searchParams
  const ref = reportTargetSchema.safeParse({ type: query.type, id: query.id })
  if (!ref.success) notFound()
  const user = await requireUser({ redirectTo: paths.report(ref.data.type, ref.data.id) })
  const target = await findReportTarget(ref.data)
  const refusal = reportRefusal(user, target?.facts ?? null)
  if (refusal === 'not-found' || !target) notFound()
  const { preview } = target
  const open = refusal === null ? await findOpenReport(user.id, target) : null

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">Report {preview.noun === 'member' ? 'a member' : `a ${preview.noun}`}</h1>

      <section aria-label={`The ${preview.noun} you are reporting`} className="rounded-xl border border-line bg-surface p-4">
        <p className="text-sm text-muted">
          {preview.noun === 'member' ? 'Member' : preview.authorHandle ? `By ${preview.authorHandle}` : 'By [deleted]'}
        </p>
        <p className="mt-1 break-words font-semibold">
          <Link href={preview.href} className="hover:underline">
            {preview.title}
          </Link>
        </p>
        {preview.excerpt && <p className="mt-2 line-clamp-4 break-words text-muted">{preview.excerpt}</p>}
      </section>

      {refusal === 'own' ? (
        <p className="rounded-lg border border-line bg-neutral-soft p-4">
          {preview.noun === 'member' ? 'This is your own profile: you cannot report yourself.' : `This ${preview.noun} is your own: you can edit or delete it instead.`}
        </p>
      ) : refusal === 'not-allowed' ? (
        <p className="rounded-lg border border-line bg-neutral-soft p-4">Your account cannot send reports right now.</p>
      ) : (
        <ReportForm
          type={ref.data.type}
          id={String(ref.data.id)}
          noun={preview.noun}
          backHref={preview.href}
          alreadyReported={
            open && (
              <div className="space-y-2 rounded-lg border border-line bg-neutral-soft p-4">
                <p className="font-medium">
                  You reported this {preview.noun} <RelativeTime date={open.createdAt} />, and your report is waiting for a moderator.
                </p>
                <p>
                  <Link href={paths.reports()} className="text-accent underline">
                    Follow it under your reports
                  </Link>
                </p>
              </div>
            )
          }
        >
          <p className="text-muted">
            Reports go to the moderators, who check them against the community rules. The {preview.noun === 'member' ? 'member' : 'author'} is never told who
            reported.{preview.noun === 'member' ? '' : ' If something is wrong but not against the rules, a reply may help more.'}
          </p>
        </ReportForm>
      )}
    </div>
  )
}
