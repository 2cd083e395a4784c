import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { RelativeTime } from '@/components/relative-time'
import { isAdmin } from '@/lib/roles'
import { getSessionUser } from '@/lib/auth'
import { BANNED_TERMS_CACHE_SECONDS } from '@/lib/defences/banned-terms'
import { listBannedTerms, listDefenceChanges, type DefenceChange } from '@/lib/defences/queries'
import { NEW_ACCOUNT_APPROVED_POSTS, NEW_ACCOUNT_HOURS } from '@/lib/defences/new-account'
import { AUTO_HIDE_THRESHOLD_MAX, AUTO_HIDE_THRESHOLD_MIN } from '@/lib/reports/policies'
import { getAutoHideThreshold } from '@/lib/reports/settings'
import { AddBannedTermForm, AutoHideThresholdForm, RemoveBannedTermButton } from './_components/defence-forms'

export const metadata: Metadata = { title: 'Spam and abuse defences' }

function describeChange(change: DefenceChange): string {
  const details = (change.details ?? {}) as { added?: { kind: string; value: string }; removed?: { kind: string; value: string }; from?: unknown; to?: unknown }
  const noun = (term: { kind: string; value: string }) => (term.kind === 'URL' ? `the domain ${term.value}` : `the word “${term.value}”`)
  if (details.added) return `blocked ${noun(details.added)}`
  if (details.removed) return `allowed ${noun(details.removed)} again`
  if (change.action === 'SETTING_CHANGE') return `set the auto-hide threshold from ${String(details.from)} to ${String(details.to)} reports`
  return 'changed the defences'
}

export default async function AdminModerationPage() {
  // The layout hides the area; this check is the page's own (and every action checks again).
  const admin = await getSessionUser()
  if (!admin || !isAdmin(admin)) notFound()
  const [terms, threshold, changes] = await Promise.all([listBannedTerms(), getAutoHideThreshold(), listDefenceChanges()])
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Spam and abuse defences</h1>
        <p className="text-muted">
          Accounts younger than {NEW_ACCOUNT_HOURS} hours or with fewer than {NEW_ACCOUNT_APPROVED_POSTS} approved posts post at lower hourly
          limits, and their stories and replies with links wait in the moderation queue. The same text posted twice within an hour is refused.
        </p>
      </header>

      <section aria-labelledby="terms-title" className="space-y-4">
        <h2 id="terms-title" className="text-xl font-semibold">
          Blocked words and link domains
        </h2>
        <p className="text-sm text-muted">
          Stories, replies, follow-ups and edits containing one of these are refused with a message naming it. Each app server re-reads the list
          every {BANNED_TERMS_CACHE_SECONDS} seconds: a change applies here at once and everywhere within {BANNED_TERMS_CACHE_SECONDS} seconds.
        </p>
        <div className="rounded-xl border border-line bg-surface p-4">
          <h3 id="add-term-title" className="sr-only">
            Add a word or domain
          </h3>
          <AddBannedTermForm />
        </div>
        {terms.length ? (
          <ul className="divide-y divide-line rounded-xl border border-line bg-surface" aria-label="Blocked words and domains">
            {terms.map((term) => (
              <li key={term.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <p className="break-all font-medium">{term.value}</p>
                  <p className="text-sm text-muted">
                    {term.kind === 'URL' ? 'link domain' : 'word'} · added by {term.createdByHandle ?? '[deleted]'} <RelativeTime date={term.createdAt} />
                  </p>
                </div>
                <RemoveBannedTermButton id={term.id} value={term.value} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">Nothing is blocked yet.</p>
        )}
      </section>

      <section aria-labelledby="auto-hide-title" className="space-y-4">
        <h2 id="auto-hide-title" className="text-xl font-semibold">
          Auto-hide after reports
        </h2>
        <div className="rounded-xl border border-line bg-surface p-4">
          <AutoHideThresholdForm threshold={threshold} min={AUTO_HIDE_THRESHOLD_MIN} max={AUTO_HIDE_THRESHOLD_MAX} />
        </div>
      </section>

      <section aria-labelledby="changes-title" className="space-y-3">
        <h2 id="changes-title" className="text-xl font-semibold">
          Recent changes
        </h2>
        {changes.length ? (
          <ul className="space-y-2 text-sm">
            {changes.map((change) => (
              <li key={change.id}>
                <RelativeTime date={change.createdAt} />: {change.actorHandle ?? '[deleted]'} {describeChange(change)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">None yet.</p>
        )}
      </section>
    </div>
  )
}
