import { SiteFrame } from '@/components/site-header'
import { UserMenu } from '@/components/user-menu'

export default function DevLayout({ children }: { children: React.ReactNode }) {
  return <SiteFrame account={<UserMenu />}>{children}</SiteFrame>
}
