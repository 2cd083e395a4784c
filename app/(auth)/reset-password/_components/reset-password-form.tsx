'use client'
import { useActionState } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { resetPasswordAction } from '@/lib/accounts/actions'
import { credentialsSignIn, reloadAt } from '@/lib/accounts/client-auth'
import { type FormResult, idle } from '@/lib/forms'
import { PASSWORD_MIN_LENGTH } from '@/lib/accounts/policies'
import { paths } from '@/lib/paths'

async function resetAndSignIn(prev: FormResult, formData: FormData): Promise<FormResult> {
  const state = await resetPasswordAction(prev, formData)
  if (state.status !== 'success') return state
  const signedIn = await credentialsSignIn(String(state.data?.handle ?? ''), String(formData.get('password') ?? ''))
  if (signedIn.ok) reloadAt(paths.home())
  return state
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetAndSignIn, idle)
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="New password" type="password" hint={`At least ${PASSWORD_MIN_LENGTH} characters.`} autoComplete="new-password" required state={state} />
      <Field name="confirm" label="New password, again" type="password" autoComplete="new-password" required state={state} />
      <SubmitButton pendingText="Saving…">Save my new password</SubmitButton>
    </form>
  )
}
