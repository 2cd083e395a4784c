import type { Metadata } from 'next'
import Link from 'next/link'
import { HEALTH_POLICY_VERSION } from '@/lib/accounts/constants'
import { paths } from '@/lib/paths'

export const metadata: Metadata = { title: 'Privacy' }

export default function PrivacyPage() {
  return (
    <article className="mx-auto max-w-2xl space-y-6 leading-relaxed">
      <header>
        <h1 className="font-serif text-3xl font-bold">Privacy, in plain words</h1>
        <p className="mt-2 text-sm text-muted">Version {HEALTH_POLICY_VERSION}. If this page changes in a way that matters, we will ask for your consent again.</p>
      </header>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">What we store</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Your handle (a pseudonym you choose), a short bio if you write one, and the conditions you choose to show.</li>
          <li>Your email address and a one-way hash of your password (argon2id: we cannot read your password).</li>
          <li>What you write: stories, follow-ups, what you tried and how it went, replies, and the reports you send to moderators.</li>
          <li>What you click: “helpful” and “me too”, bookmarks and followed threads.</li>
          <li>When you agreed to this page, and which version of it.</li>
        </ul>
        <p>
          What you share about your skin, diet and medication is health information. We store it only because you agreed to it
          when you joined, and only to show it on the forum as you choose.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Who sees it</h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Everyone: your handle, bio, shown conditions, join date, and what you post publicly. Members-only stories are shown in full only to signed-in members.</li>
          <li>Only you and the site&rsquo;s admins: your email address. It never appears on a public page.</li>
          <li>Moderators: reports, and posts hidden for review.</li>
        </ul>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">What we never do</h2>
        <p>
          We do not sell or share your information. There are no advertising or tracking scripts on this site, and no third-party
          analytics. We send email only for your account (confirming your address, resetting your password) and the notifications you switch on.
        </p>
      </section>
      <section className="space-y-2">
        <h2 className="text-xl font-semibold">Taking it with you, and leaving</h2>
        <p>
          In <Link href={paths.settings()} className="text-accent underline">Settings</Link>, “Export my data” downloads everything you
          created as one JSON file. “Delete my account” needs your password; you choose whether what you wrote is erased, or stays,
          anonymised as “[deleted]”, so that conversations still make sense. Either way your email address, password and settings are
          deleted at once, in one step. Withdrawing your consent means deleting your account.
        </p>
      </section>
    </article>
  )
}
