import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ModPageHeader } from '@/components/moderation/mod-page-header'
import { LogList } from '@/components/moderation/log-list'
import { isModerator } from '@/lib/roles'
import { getSessionUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { beforeParam, listModerationLog } from '@/lib/moderation/log'

export const metadata: Metadata = { title: 'Moderation log (moderators)', robots: { index: false } }
export const dynamic = 'force-dynamic'

export default async function ModeratorLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getSessionUser()
  if (!user || !isModerator(user)) notFound()
  const before = beforeParam((await searchParams).before)
  const page = await listModerationLog('moderators', before)
  return (
    <div className="space-y-6">
      <ModPageHeader
        title="Moderation log"
        links={[
          { href: paths.modQueue(), label: 'Queue' },
          { href: paths.moderationLog(), label: 'Public log' },
        ]}
      />
      <p className="text-sm text-muted">Every action by moderators and admins, with private notes. The public log shows the same without the notes.</p>
      <LogList page={page} pageHref={paths.modLog} paged={before !== undefined} showNotes />
    </div>
  )
}
