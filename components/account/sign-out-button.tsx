'use client'
import { useState } from 'react'
import { signOutHere, reloadAt } from '@/lib/accounts/client-auth'
import { paths } from '@/lib/paths'

export function SignOutButton() {
  const [pending, setPending] = useState(false)
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true)
        await signOutHere()
        // A full load: every server component renders again as a visitor.
        reloadAt(paths.home())
      }}
      className="hover:underline disabled:opacity-70"
    >
      {pending ? 'Signing out…' : 'Sign out'}
    </button>
  )
}
