'use client'
import { useActionState } from 'react'
import { FormMessage, SubmitButton } from '@/components/account/form-kit'
import { confirmEmailAction } from '@/lib/accounts/actions'
import { idle } from '@/lib/forms'

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(confirmEmailAction, idle)
  return (
    <form action={formAction} className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {state.status !== 'success' && <SubmitButton pendingText="Confirming…">Confirm my address</SubmitButton>}
    </form>
  )
}
