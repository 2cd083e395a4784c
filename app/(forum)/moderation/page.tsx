import type { Metadata } from 'next'
import { LogList } from '@/components/moderation/log-list'
import { beforeParam, listModerationLog } from '@/lib/moderation/log'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Moderation log', description: 'What the moderators removed, hid, locked or banned, and why.' }
export const dynamic = 'force-dynamic'

export default async function PublicModerationLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const before = beforeParam((await searchParams).before)
  const page = await listModerationLog('public', before)
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">Moderation log</h1>
        <p className="text-muted">
          Everything the moderators do is listed here, with the reason they gave and who did it. Who reported something is never shown, and
          neither is what was hidden while it is under review.
        </p>
      </header>
      <LogList page={page} pageHref={paths.moderationLog} paged={before !== undefined} showNotes={false} />
    </div>
  )
}
