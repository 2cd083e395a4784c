import type { Metadata } from 'next'
import { getOwnSettings, listConditionTags } from '@/lib/accounts/queries'
import { requireUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { DeleteAccountForm, EmailForm, HandleForm, NotificationsForm, PasswordForm, ProfileForm } from './_components/settings-forms'

export const metadata: Metadata = { title: 'Settings' }

function Section({ id, title, children, description }: { id: string; title: string; description?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-2xl border border-line bg-surface p-5 sm:p-6">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {description && <p className="mt-1 text-sm text-muted">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  )
}

export default async function SettingsPage() {
  const user = await requireUser({ redirectTo: paths.settings() })
  const [settings, conditions] = await Promise.all([getOwnSettings(user.id), listConditionTags()])
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Settings</h1>
      <Section id="profile" title="Public profile" description="What everyone sees on your profile, besides your stories and replies.">
        <ProfileForm bio={settings.bio ?? ''} conditions={conditions} shown={settings.shownConditions.map((c) => c.tagId)} />
      </Section>
      <Section id="handle" title="Handle" description="Your old handle keeps pointing to your profile, and nobody else can take it.">
        <HandleForm handle={settings.handle} />
      </Section>
      <Section id="email" title="Email" description="Private: only you and the site's admins see it.">
        <EmailForm email={settings.email} verified={settings.emailVerifiedAt !== null} />
      </Section>
      <Section id="password" title="Password" description="Changing it signs you out on every other device.">
        <PasswordForm />
      </Section>
      <Section id="notifications" title="Notifications">
        <NotificationsForm
          values={{
            notifyReplies: settings.notifyReplies,
            notifyMentions: settings.notifyMentions,
            notifyFollowed: settings.notifyFollowed,
            emailNotifications: settings.emailNotifications,
          }}
        />
      </Section>
      <Section id="export" title="Export my data" description="Everything you created here — profile, stories, outcomes, replies, reactions, bookmarks and reports — as one JSON file.">
        <a href={paths.accountExport()} download className="inline-block rounded-lg border border-line px-4 py-2 font-semibold text-accent no-underline hover:border-accent">
          Download my data
        </a>
      </Section>
      <Section id="delete" title="Delete my account" description="This cannot be undone. Your email, password and settings are deleted at once.">
        <DeleteAccountForm />
      </Section>
    </div>
  )
}
