'use client'
import { useActionState } from 'react'
import { Field, FieldError, FormMessage, SubmitButton } from '@/components/account/form-kit'
import {
  changeEmailAction,
  changeHandleAction,
  changePasswordAction,
  deleteAccountAction,
  resendVerificationAction,
  updateNotificationsAction,
  updateProfileAction,
} from '@/lib/accounts/actions'
import { credentialsSignIn, reloadAt } from '@/lib/accounts/client-auth'
import { type FormResult, idle } from '@/lib/forms'
import { BIO_MAX_LENGTH, HANDLE_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/accounts/policies'
import { paths } from '@/lib/paths'

const formClass = 'space-y-4'

export function ProfileForm({ bio, conditions, shown }: { bio: string; conditions: { id: number; name: string }[]; shown: number[] }) {
  const [state, formAction] = useActionState(updateProfileAction, idle)
  const bioErrors = state.fieldErrors?.bio
  return (
    <form action={formAction} className={formClass}>
      <FormMessage state={state} />
      <div>
        <label htmlFor="profile-bio" className="block text-sm font-medium">
          Short bio
        </label>
        <textarea
          id="profile-bio"
          name="bio"
          rows={3}
          maxLength={BIO_MAX_LENGTH}
          defaultValue={state.values?.bio ?? bio}
          aria-invalid={bioErrors ? true : undefined}
          aria-describedby={bioErrors ? 'profile-bio-error' : 'profile-bio-hint'}
          className="mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2"
        />
        <p id="profile-bio-hint" className="mt-1 text-sm text-muted">
          Optional, up to {BIO_MAX_LENGTH} characters. Shown publicly.
        </p>
        <FieldError id="profile-bio-error" errors={bioErrors} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Conditions to show on your profile</legend>
        <div className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-2">
          {conditions.map((condition) => (
            <label key={condition.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="conditions" value={condition.id} defaultChecked={shown.includes(condition.id)} className="size-4 accent-accent" />
              {condition.name}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton pendingText="Saving…">Save profile</SubmitButton>
    </form>
  )
}

async function changeHandleAndReload(prev: FormResult, formData: FormData): Promise<FormResult> {
  const state = await changeHandleAction(prev, formData)
  // The header shows the handle: reload it once the change is in.
  if (state.status === 'success') window.location.reload()
  return state
}

export function HandleForm({ handle }: { handle: string }) {
  const [state, formAction] = useActionState(changeHandleAndReload, idle)
  return (
    <form action={formAction} noValidate className={formClass}>
      <FormMessage state={state} />
      <Field name="handle" label="New handle" defaultValue={handle} maxLength={HANDLE_MAX_LENGTH} autoComplete="username" required state={state} />
      <SubmitButton pendingText="Saving…">Change handle</SubmitButton>
    </form>
  )
}

export function EmailForm({ email, verified }: { email: string | null; verified: boolean }) {
  const [state, formAction] = useActionState(changeEmailAction, idle)
  const [resendState, resendAction] = useActionState(resendVerificationAction, idle)
  return (
    <div className="space-y-4">
      <p className="text-sm">
        Current address: <strong className="break-all">{email ?? 'none'}</strong> {email && (verified ? '(confirmed)' : '(not confirmed yet)')}
      </p>
      {email && !verified && (
        <form action={resendAction} className="space-y-2">
          <FormMessage state={resendState} />
          <SubmitButton pendingText="Sending…">Send the confirmation link again</SubmitButton>
        </form>
      )}
      <form action={formAction} noValidate className={formClass}>
        <FormMessage state={state} />
        <Field name="email" label="New email address" type="email" autoComplete="email" required state={state} />
        <Field name="password" id="email-password" label="Your current password" type="password" autoComplete="current-password" required state={state} />
        <SubmitButton pendingText="Sending…">Change email</SubmitButton>
      </form>
    </div>
  )
}

async function changePasswordAndSignIn(prev: FormResult, formData: FormData): Promise<FormResult> {
  const state = await changePasswordAction(prev, formData)
  if (state.status !== 'success') return state
  // The change ended this session too (its version is old): sign in again with the new password.
  const signedIn = await credentialsSignIn(String(state.data?.handle ?? ''), String(formData.get('password') ?? ''))
  if (!signedIn.ok) reloadAt(paths.signIn(paths.settings()))
  return state
}

export function PasswordForm() {
  const [state, formAction] = useActionState(changePasswordAndSignIn, idle)
  return (
    <form action={formAction} noValidate className={formClass}>
      <FormMessage state={state} />
      <Field name="currentPassword" label="Current password" type="password" autoComplete="current-password" required state={state} />
      <Field name="password" id="new-password" label="New password" type="password" hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} autoComplete="new-password" required state={state} />
      <Field name="confirm" label="New password, again" type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingText="Saving…">Change password</SubmitButton>
    </form>
  )
}

const NOTIFICATION_OPTIONS = [
  { name: 'notifyReplies', label: 'Replies to my stories and comments' },
  { name: 'notifyMentions', label: 'Mentions of my handle' },
  { name: 'notifyFollowed', label: 'New replies in threads I follow' },
  { name: 'emailNotifications', label: 'Also send notifications by email' },
] as const

export function NotificationsForm({ values }: { values: Record<(typeof NOTIFICATION_OPTIONS)[number]['name'], boolean> }) {
  const [state, formAction] = useActionState(updateNotificationsAction, idle)
  return (
    <form action={formAction} className={formClass}>
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="sr-only">Notify me about</legend>
        {NOTIFICATION_OPTIONS.map((option) => (
          <label key={option.name} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={option.name}
              defaultChecked={state.values ? state.values[option.name] === 'on' : values[option.name]}
              className="size-4 accent-accent"
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <SubmitButton pendingText="Saving…">Save preferences</SubmitButton>
    </form>
  )
}

export function DeleteAccountForm() {
  const [state, formAction] = useActionState(deleteAccountAction, idle)
  const modeErrors = state.fieldErrors?.mode
  return (
    <form action={formAction} noValidate className={formClass}>
      <FormMessage state={state} />
      <fieldset aria-describedby={modeErrors ? 'delete-mode-error' : undefined}>
        <legend className="text-sm font-medium">What should happen to what you wrote?</legend>
        <div className="mt-2 space-y-2">
          <label className="flex items-start gap-2">
            <input type="radio" name="mode" value="anonymise" defaultChecked={state.values?.mode === 'anonymise'} className="mt-1 size-4 accent-accent" />
            <span>
              <strong>Keep it, anonymised.</strong> Your stories and replies stay, shown as written by “[deleted]”, so threads stay readable.
            </span>
          </label>
          <label className="flex items-start gap-2">
            <input type="radio" name="mode" value="erase" defaultChecked={state.values?.mode === 'erase'} className="mt-1 size-4 accent-accent" />
            <span>
              <strong>Erase it.</strong> The text of your stories, follow-ups and replies is deleted; others&rsquo; replies stay under “[deleted]”.
            </span>
          </label>
        </div>
        <FieldError id="delete-mode-error" errors={modeErrors} />
      </fieldset>
      <Field name="password" id="delete-password" label="Your password, to confirm" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton pendingText="Deleting…" tone="danger">
        Delete my account
      </SubmitButton>
    </form>
  )
}
