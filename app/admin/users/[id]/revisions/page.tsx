import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RelativeTime } from '@/components/relative-time'
import { isAdmin } from '@/lib/roles'
import { getSessionUser } from '@/lib/auth'
import { beforeParam } from '@/lib/moderation/log'
import { getMemberForAdmin, listMemberRevisions } from '@/lib/moderation/revisions'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Edit history', robots: { index: false } }

interface Props {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function MemberRevisionsPage({ params, searchParams }: Props) {
  const admin = await getSessionUser()
  if (!admin || !isAdmin(admin)) notFound()
  const { id } = await params
  const member = id.length <= 64 ? await getMemberForAdmin(id) : null
  if (!member) notFound()
  const before = beforeParam((await searchParams).before)
  const { revisions, nextBefore } = await listMemberRevisions(member.id, before)
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={paths.adminUsers()} className="text-accent underline">
          ← Members and roles
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">Edit history of {member.handle}</h1>
      <p className="text-muted">Earlier versions of their stories and replies, newest first: each is the text as it was before an edit.</p>
      {revisions.length ? (
        <ol className="space-y-4">
          {revisions.map((revision) => (
            <li key={revision.id} className="rounded-xl border border-line bg-surface p-4">
              <p className="text-sm text-muted">
                {revision.where ? (
                  <Link href={revision.where.href} className="font-medium text-accent underline">
                    {revision.where.label}
                  </Link>
                ) : (
                  '[deleted]'
                )}{' '}
                · replaced <RelativeTime date={revision.createdAt} />
                {revision.editorHandle && revision.editorHandle !== member.handle && <> · edited by {revision.editorHandle}</>}
              </p>
              {revision.title && <p className="mt-2 font-semibold">Title: {revision.title}</p>}
              <div className="prose-story mt-2 text-base" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-lg border border-line bg-surface p-4 text-muted">No edits: nothing of theirs has an earlier version.</p>
      )}
      {nextBefore && (
        <Link href={`${paths.adminUserRevisions(member.id)}?before=${nextBefore}`} className="text-sm text-accent underline">
          Older →
        </Link>
      )}
    </div>
  )
}
