'use client'
import Link from 'next/link'
import { useActionState } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { signUpAction } from '@/lib/accounts/actions'
import { idle } from '@/lib/forms'
import { HANDLE_MAX_LENGTH, HANDLE_MIN_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/accounts/policies'
import { paths } from '@/lib/paths'
import { ConsentCheckbox } from './consent-checkbox'

export function SignUpForm() {
  const [state, formAction] = useActionState(signUpAction, idle)
  // The answer is the same whether the address was new or already registered (its owner got a
  // mail instead), so the form cannot sign in by itself: it says what to do next.
  if (state.status === 'success') {
    return (
      <div className="space-y-4 rounded-2xl border border-line bg-surface p-5">
        <FormMessage state={state} />
        <Link href={paths.signIn(`${paths.user(String(state.data?.handle ?? ''))}?welcome=1`)} className="inline-block rounded-lg bg-accent px-4 py-2 font-medium text-accent-ink">
          Sign in now
        </Link>
      </div>
    )
  }
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <Field
        name="handle"
        label="Handle"
        hint={`Your public name: ${HANDLE_MIN_LENGTH}–${HANDLE_MAX_LENGTH} letters, digits, _ or -. Not your real name, unless you want.`}
        autoComplete="username"
        required
        minLength={HANDLE_MIN_LENGTH}
        maxLength={HANDLE_MAX_LENGTH}
        state={state}
      />
      <Field name="email" label="Email" type="email" hint="Private. For confirming your account and resetting your password." autoComplete="email" required state={state} />
      <Field
        name="password"
        label="Password"
        type="password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words work well.`}
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        state={state}
      />
      <ConsentCheckbox state={state} id="signup-consent" />
      <SubmitButton pendingText="Creating your account…">Create my account</SubmitButton>
    </form>
  )
}
