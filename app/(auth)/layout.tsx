import { SiteFrame } from '@/components/site-header'
import { UserMenu } from '@/components/user-menu'

// Account pages read the session and the database on every request.
export const dynamic = 'force-dynamic'

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <SiteFrame account={<UserMenu />}>
      <div className="mx-auto max-w-md">{children}</div>
    </SiteFrame>
  )
}
