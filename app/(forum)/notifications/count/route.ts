// The header bell's unread count as JSON. The bell fetches it from the browser so that pages
// themselves stay free of per-user data (and cacheable).
import { NextResponse } from 'next/server'
import { withRoute } from '@/lib/api/route'
import { countUnreadNotifications } from '@/lib/notifications/queries'

export const GET = withRoute({ auth: 'optional' }, async ({ user }) => {
  const unread = user ? await countUnreadNotifications(user.id) : 0
  return NextResponse.json({ signedIn: user !== null, unread }, { headers: { 'Cache-Control': 'private, no-store' } })
})
