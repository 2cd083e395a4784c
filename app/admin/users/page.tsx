import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { RelativeTime } from '@/components/relative-time'
import { listRoleChanges, listUsersForAdmin, pageParam } from '@/lib/accounts/queries'
import { getSessionUser } from '@/lib/auth'
import { isAdmin } from '@/lib/roles'
import { paths } from '@/lib/paths'
import { RoleForm } from './_components/role-form'

export const metadata: Metadata = { title: 'Members and roles' }

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const admin = await getSessionUser()
  if (!admin || !isAdmin(admin)) notFound()
  const params = await searchParams
  const q = typeof params.q === 'string' ? params.q.slice(0, 100) : ''
  const page = pageParam(params.page)
  const [users, changes] = await Promise.all([listUsersForAdmin(q, page), listRoleChanges()])
  const pageHref = (p: number) => paths.adminUsers(q, p)
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Members and roles</h1>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="admin-q" className="sr-only">
          Find a member by handle or email
        </label>
        <input id="admin-q" name="q" defaultValue={q} placeholder="Handle or email" className="min-w-0 flex-1 rounded-lg border border-line bg-surface px-3 py-2" />
        <button type="submit" className="rounded-lg bg-accent px-4 py-2 font-semibold text-accent-ink">
          Find
        </button>
      </form>
      <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
        {users.items.map((user) => (
          <li key={user.id} className="flex flex-wrap items-start justify-between gap-3 p-4">
            <div className="min-w-0">
              <Link href={paths.user(user.handle)} className="font-semibold hover:underline">
                {user.handle}
              </Link>
              <p className="break-all text-sm text-muted">{user.email ?? 'no email'}</p>
              <p className="text-sm text-muted">
                {user.status.toLowerCase()} · joined <RelativeTime date={user.createdAt} /> ·{' '}
                <Link href={paths.adminUserRevisions(user.id)} className="text-accent underline">
                  edit history
                </Link>
              </p>
            </div>
            {user.id === admin.id ? <p className="text-sm text-muted">{user.role.toLowerCase()} (you)</p> : <RoleForm userId={user.id} handle={user.handle} role={user.role} />}
          </li>
        ))}
      </ul>
      {users.items.length === 0 && <p className="text-muted">No member matches.</p>}
      <nav aria-label="Pages" className="flex gap-4 text-sm">
        {page > 1 && <Link href={pageHref(page - 1)} className="text-accent underline">← Previous</Link>}
        {users.hasMore && <Link href={pageHref(page + 1)} className="text-accent underline">Next →</Link>}
      </nav>
      <section aria-labelledby="changes-title">
        <h2 id="changes-title" className="text-xl font-semibold">
          Recent role changes
        </h2>
        {changes.length ? (
          <ul className="mt-3 space-y-2 text-sm">
            {changes.map((change) => {
              const details = (change.details ?? {}) as { from?: string; to?: string }
              return (
                <li key={change.id}>
                  <RelativeTime date={change.createdAt} />: {change.actor?.handle ?? '[deleted]'} made {change.targetUser?.handle ?? '[deleted]'}{' '}
                  {details.to?.toLowerCase()} (was {details.from?.toLowerCase()}){change.reason && ` — “${change.reason}”`}
                </li>
              )
            })}
          </ul>
        ) : (
          <p className="mt-3 text-muted">None yet.</p>
        )}
      </section>
    </div>
  )
}
