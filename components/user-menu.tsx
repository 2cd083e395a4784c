import Link from 'next/link'
import { getSessionUser } from '@/lib/auth'
import { isAdmin, isModerator } from '@/lib/roles'
import { paths } from '@/lib/paths'
import { SignOutButton } from './account/sign-out-button'

/** The way in, for a reader who is not signed in. */
export function SignInLinks() {
  return (
    <ul className="flex items-center gap-x-4 text-sm">
      <li>
        <Link href={paths.signIn()} className="hover:underline">
          Sign in
        </Link>
      </li>
      <li>
        <Link href={paths.signUp()} className="rounded-lg bg-accent px-3 py-1.5 font-semibold text-accent-ink no-underline hover:opacity-90">
          Join
        </Link>
      </li>
    </ul>
  )
}

/** The right end of the header: who is signed in and their links, or the way in. */
export async function UserMenu() {
  const user = await getSessionUser()
  if (!user) return <SignInLinks />
  return (
    <ul aria-label="Your account" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <li>
        <Link href={paths.user(user.handle)} className="font-semibold hover:underline">
          {user.handle}
        </Link>
      </li>
      {isModerator(user) && (
        <li>
          <Link href={paths.modQueue()} className="hover:underline">
            Moderation
          </Link>
        </li>
      )}
      {isAdmin(user) && (
        <li>
          <Link href={paths.adminUsers()} className="hover:underline">
            Admin
          </Link>
        </li>
      )}
      <li>
        <Link href={paths.reports()} className="hover:underline">
          My reports
        </Link>
      </li>
      <li>
        <Link href={paths.settings()} className="hover:underline">
          Settings
        </Link>
      </li>
      <li>
        <SignOutButton />
      </li>
    </ul>
  )
}
