import { notFound } from 'next/navigation'
import { getSessionUser } from '@/lib/auth'
import { isAdmin } from '@/lib/accounts/policies'

export const dynamic = 'force-dynamic'

// Not found, rather than forbidden, for everyone else: the admin area does not advertise itself.
// Each page and action checks requireAdmin again; this layout only hides the area.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getSessionUser()
  if (!user || !isAdmin(user)) notFound()
  return children
}
