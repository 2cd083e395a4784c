'use client'
import { useActionState } from 'react'
import { Field, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { signUpAction } from '@/lib/accounts/actions'
import { credentialsSignIn, reloadAt } from '@/lib/accounts/client-auth'
import { type FormState, idleState } from '@/lib/accounts/form-state'
import { HANDLE_MAX_LENGTH, HANDLE_MIN_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/accounts/policies'
import { paths } from '@/lib/paths'
import { ConsentCheckbox } from './consent-checkbox'

const CHECK_INBOX = 'Almost there: we have sent you an email. Please follow it to continue.'

async function signUp(prev: FormState, formData: FormData): Promise<FormState> {
  const state = await signUpAction(prev, formData)
  if (state.status !== 'success') return state
  const handle = String(state.data?.handle ?? '')
  if (!state.data?.created) return { status: 'success', message: CHECK_INBOX }
  const signedIn = await credentialsSignIn(handle, String(formData.get('password') ?? ''))
  if (!signedIn.ok) return { status: 'success', message: `Your account is ready: please sign in. ${signedIn.message}` }
  reloadAt(`${paths.user(handle)}?welcome=1`)
  return state
}

export function SignUpForm() {
  const [state, formAction] = useActionState(signUp, idleState)
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
