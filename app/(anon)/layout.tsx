import { SiteFrame } from '@/components/site-header'
import { SignInLinks } from '@/components/user-menu'

// Pages here are rendered once for every reader who is not signed in and kept for a few seconds
// (proxy.ts, lib/page-cache, decision 008). Nothing below may read the session, cookies or
// headers: that would make them per-request again, and it is what keeps one reader's state out
// of another's page.
export default function AnonymousLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame account={<SignInLinks />}>{children}</SiteFrame>
}
