import type { Metadata } from 'next'
import { ConfirmEmailForm } from './_components/confirm-email-form'

export const metadata: Metadata = { title: 'Confirm your email address' }

// Confirming takes a button press, not the page load: mail scanners open links by themselves.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Confirm your email address</h1>
      {typeof token === 'string' && token ? <ConfirmEmailForm token={token} /> : <p className="text-muted">This link is incomplete: open it again from your email.</p>}
    </div>
  )
}
