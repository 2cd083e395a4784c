import { SiteFrame } from '@/components/site-header'
import { UserMenu } from '@/components/user-menu'

// Forum pages read the database on every request: none is prerendered at build time (which
// would also open the embedded database inside the build's worker processes). Anonymous readers
// of the story lists get the cached copies in app/(anon) instead (proxy.ts, decision 008).
export const dynamic = 'force-dynamic'

export default function ForumLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame account={<UserMenu />}>{children}</SiteFrame>
}
