// The header bell's unread count as JSON. The bell fetches it from the browser so that pages
// themselves stay free of per-user data (and cacheable).
import { NextResponse } from 'next/server'
import { handleApiError } from '@/lib/api/errors'
import { getSessionUser } from '@/lib/auth'
import { countUnreadNotifications } from '@/lib/notifications/queries'

export async function GET() {
  try {
    const user = await getSessionUser()
    const unread = user ? await countUnreadNotifications(user.id) : 0
    return NextResponse.json({ signedIn: user !== null, unread }, { headers: { 'Cache-Control': 'private, no-store' } })
  } catch (error) {
    return handleApiError(error)
  }
}
