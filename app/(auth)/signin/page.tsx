import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { oauthProviderList } from '@/lib/accounts/auth-options'
import { getSessionUser } from '@/lib/auth'
import { safeCallbackPath } from '@/lib/accounts/client-auth'
import { OAuthButtons } from '@/components/account/oauth-buttons'
import { SignInForm } from './_components/sign-in-form'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Sign in' }

// next-auth's error codes, in words (OAuth failures land here through pages.error).
const ERROR_MESSAGES: Record<string, string> = {
  OAuthAccountNotLinked: 'That account is linked to another sign-in method.',
  AccessDenied: 'Sign-in was cancelled or refused.',
  Callback: 'The sign-in provider did not answer as expected: please try again.',
  OAuthCallback: 'The sign-in provider did not answer as expected: please try again.',
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === 'string' ? params.callbackUrl : null)
  if (await getSessionUser()) redirect(callbackUrl)
  const error = typeof params.error === 'string' && params.error !== 'CredentialsSignin' ? (ERROR_MESSAGES[params.error] ?? 'Sign-in failed: please try again.') : null
  const providers = oauthProviderList()
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      {error && <p className="rounded-lg border border-bad/40 bg-bad-soft px-3 py-2 text-sm text-bad">{error}</p>}
      <SignInForm callbackUrl={callbackUrl} />
      {providers.length > 0 && <OAuthButtons providers={providers} callbackUrl={callbackUrl} />}
      <p className="text-sm text-muted">
        New here?{' '}
        <Link href={paths.signUp()} className="text-accent underline">
          Create an account
        </Link>{' '}
        — you only need a pseudonym.
      </p>
    </div>
  )
}
