import type { Metadata } from 'next'
import Link from 'next/link'
import { InsightsPageHeader } from '@/components/insights/page-header'
import { MIN_REPORTS } from '@/lib/insights/policies'
import { listInsightConditions } from '@/lib/insights/queries'
import { paths } from '@/lib/paths'

export const metadata: Metadata = {
  title: 'What helped',
  description: 'For each skin condition, what members tried and how many said it helped, with honest intervals.',
}

export default async function InsightsIndexPage() {
  const conditions = await listInsightConditions()
  return (
    <div className="space-y-6">
      <InsightsPageHeader title="What helped">
        Members&rsquo; stories, counted: for each condition, what people tried and how many said it helped.
        An intervention needs at least {MIN_REPORTS} members reporting before we show any figure for it.
      </InsightsPageHeader>
      <ul className="grid gap-3 sm:grid-cols-2">
        {conditions.map((condition) => (
          <li key={condition.slug}>
            <Link
              href={paths.insightsCondition(condition.slug)}
              className="block h-full rounded-xl border border-line bg-surface p-4 no-underline hover:border-accent"
            >
              <span className="block font-semibold">{condition.name}</span>
              <span className="block text-sm text-muted">
                {condition.ranked} {condition.ranked === 1 ? 'intervention' : 'interventions'} with enough reports
                {condition.reported > condition.ranked ? `, ${condition.reported - condition.ranked} with too few` : ''}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
