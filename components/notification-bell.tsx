'use client'
// The header's bell: unread notifications for a signed-in member. It asks the server from the
// browser (on load, on focus and every minute) so every page can stay free of per-user data.
import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { useEffect, useState } from 'react'
import { paths } from '@/lib/paths'

const REFRESH_MS = 60_000
const CAP = 99

export function NotificationBell() {
  const [state, setState] = useState<{ signedIn: boolean; unread: number } | null>(null)
  const pathname = usePathname()

  useEffect(() => {
    let cancelled = false
    const load = () =>
      fetch(paths.notificationCount(), { cache: 'no-store' })
        .then((response) => (response.ok ? response.json() : null))
        .then((data: { signedIn: boolean; unread: number } | null) => !cancelled && data && setState(data))
        .catch(() => {})
    load()
    const timer = setInterval(load, REFRESH_MS)
    window.addEventListener('focus', load)
    return () => {
      cancelled = true
      clearInterval(timer)
      window.removeEventListener('focus', load)
    }
  }, [pathname])

  if (!state?.signedIn) return null
  const label = state.unread ? `Notifications, ${state.unread > CAP ? `more than ${CAP}` : state.unread} unread` : 'Notifications'
  return (
    <Link href={paths.notifications()} aria-label={label} title={label} className="relative inline-flex h-9 w-9 items-center justify-center rounded-full hover:bg-neutral-soft">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {state.unread > 0 && (
        <span aria-hidden="true" className="absolute -right-0.5 -top-0.5 min-w-5 rounded-full bg-accent px-1 text-center text-xs font-bold leading-5 text-accent-ink">
          {state.unread > CAP ? `${CAP}+` : state.unread}
        </span>
      )}
    </Link>
  )
}
