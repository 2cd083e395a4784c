'use client'
import { useActionState } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { forgotPasswordAction } from '@/lib/accounts/actions'
import { idle } from '@/lib/forms'

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(forgotPasswordAction, idle)
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" autoComplete="email" required state={state} />
      <SubmitButton pendingText="Sending…">Send me a link</SubmitButton>
    </form>
  )
}
