import type { Metadata } from 'next'
import Link from 'next/link'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Account deleted' }

export default async function GoodbyePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { mode } = await searchParams
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Your account is deleted</h1>
      <p>
        Your email address, password and settings are gone.{' '}
        {mode === 'erase'
          ? 'What you wrote has been erased; replies by others stay under “[deleted]”.'
          : 'What you wrote stays, shown as written by “[deleted]”, so the conversations you were part of still make sense.'}
      </p>
      <p>Thank you for sharing what helped you. We hope your skin is kind to you.</p>
      <p>
        <Link href={paths.home()} className="text-accent underline">
          Back to the forum
        </Link>
      </p>
    </div>
  )
}
