import type { Metadata } from 'next'
import Link from 'next/link'
import { ResetPasswordForm } from './_components/reset-password-form'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Choose a new password' }

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Choose a new password</h1>
      {typeof token === 'string' && token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="text-muted">
          This link is incomplete.{' '}
          <Link href={paths.forgotPassword()} className="text-accent underline">
            Ask for a new one
          </Link>
          .
        </p>
      )}
    </div>
  )
}
