import Link from 'next/link'
import { notFound } from 'next/navigation'
import { SiteFrame } from '@/components/site-header'
import { UserMenu } from '@/components/user-menu'
import { getSessionUser } from '@/lib/auth'
import { isAdmin } from '@/lib/roles'
import { paths } from '@/lib/paths'

export const dynamic = 'force-dynamic'

const ADMIN_LINKS = [
  { href: paths.adminUsers(), label: 'Members and roles' },
  { href: paths.adminDefences(), label: 'Spam and abuse defences' },
]

// Not found, rather than forbidden, for everyone else: the admin area does not advertise itself.
// Each page and action checks requireAdmin again; this layout only hides the area.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser()
  if (!user || !isAdmin(user)) notFound()
  return (
    <SiteFrame account={<UserMenu />}>
      <div className="space-y-6">
        <nav aria-label="Admin" className="flex flex-wrap gap-2 text-sm">
          {ADMIN_LINKS.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-full border border-line px-3 py-1 no-underline hover:border-accent">
              {link.label}
            </Link>
          ))}
        </nav>
        {children}
      </div>
    </SiteFrame>
  )
}
