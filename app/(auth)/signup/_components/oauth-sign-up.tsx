'use client'
import { signIn } from 'next-auth/react'
import { useActionState } from 'react'
import { FormMessage } from '@/components/account/form-kit'
import { startOAuthSignUpAction } from '@/lib/accounts/actions'
import { type FormResult, idle } from '@/lib/forms'
import { ConsentCheckbox } from './consent-checkbox'
import { paths } from '@/lib/paths'

async function start(prev: FormResult, formData: FormData): Promise<FormResult> {
  const state = await startOAuthSignUpAction(prev, formData)
  if (state.status === 'success') await signIn(String(state.data?.provider), { callbackUrl: paths.settings(true) })
  return state
}

/** Sign-up through GitHub or Google: the same consent first, then the provider. */
export function OAuthSignUp({ providers }: { providers: { id: string; name: string }[] }) {
  const [state, formAction] = useActionState(start, idle)
  return (
    <form action={formAction} className="space-y-3 rounded-2xl border border-line bg-surface p-5">
      <h2 className="font-semibold">Or join with another account</h2>
      <FormMessage state={state.status === 'error' ? state : idle} />
      <ConsentCheckbox state={state} id="oauth-consent" />
      <div className="flex flex-wrap gap-2">
        {providers.map((provider) => (
          <button key={provider.id} type="submit" name="provider" value={provider.id} className="rounded-lg border border-line px-4 py-2 font-medium hover:border-accent">
            Continue with {provider.name}
          </button>
        ))}
      </div>
    </form>
  )
}
