import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { oauthProviderList } from '@/lib/accounts/auth-options'
import { getSessionUser } from '@/lib/auth'
import { OAuthSignUp } from './_components/oauth-sign-up'
import { SignUpForm } from './_components/sign-up-form'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Join' }

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await getSessionUser()) redirect(paths.home())
  const params = await searchParams
  const providers = oauthProviderList()
  return (
    <div className="space-y-6">
      <div>
        <h1 className="font-serif text-3xl font-bold">Join WhatHelped</h1>
        <p className="mt-2 text-muted">
          Share what you tried for your skin, under a pseudonym. Your email stays private: only you and the site&rsquo;s admins ever see it.
        </p>
      </div>
      {params.consent === 'required' && (
        <p className="rounded-lg border border-bad/40 bg-bad-soft px-3 py-2 text-sm text-bad">
          Before we create an account for you, please agree to how we store your health information.
        </p>
      )}
      <SignUpForm />
      {providers.length > 0 && <OAuthSignUp providers={providers} />}
      <p className="text-sm text-muted">
        Already a member?{' '}
        <Link href={paths.signIn()} className="text-accent underline">
          Sign in
        </Link>
      </p>
    </div>
  )
}
