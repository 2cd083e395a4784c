'use client'
import Link from 'next/link'
import { useActionState } from 'react'
import { credentialsSignIn, reloadAt } from '@/lib/accounts/client-auth'
import { type FormResult, idle, zodFieldErrors } from '@/lib/forms'
import { signInSchema } from '@/lib/accounts/schemas'
import { Field, FormMessage, SubmitButton } from '@/components/account/form-kit'
import { paths } from '@/lib/paths'

async function signIn(callbackUrl: string, _prev: FormResult, formData: FormData): Promise<FormResult> {
  const values = { login: String(formData.get('login') ?? '') }
  const parsed = signInSchema.safeParse({ login: formData.get('login'), password: formData.get('password') })
  if (!parsed.success) return { status: 'error', message: 'Please fill in both fields.', fieldErrors: zodFieldErrors(parsed.error), values }
  const result = await credentialsSignIn(parsed.data.login, parsed.data.password)
  if (!result.ok) return { status: 'error', message: result.message, values }
  // A full load, so that every server component renders for the signed-in member.
  reloadAt(callbackUrl)
  return { status: 'success', message: 'Signed in. Taking you back…', values }
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(signIn.bind(null, callbackUrl), idle)
  return (
    <form action={formAction} noValidate className="space-y-4 rounded-2xl border border-line bg-surface p-5">
      <FormMessage state={state} />
      <Field name="login" label="Handle or email" autoComplete="username" required maxLength={254} state={state} />
      <Field name="password" label="Password" type="password" autoComplete="current-password" required state={state} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
        <Link href={paths.forgotPassword()} className="text-sm text-accent underline">
          Forgot your password?
        </Link>
      </div>
    </form>
  )
}
