import type { Metadata } from 'next'
import { ForgotPasswordForm } from './_components/forgot-password-form'

export const metadata: Metadata = { title: 'Forgot your password' }

export default function ForgotPasswordPage() {
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Forgot your password?</h1>
      <p className="text-muted">Enter your account&rsquo;s email address and we will send you a link to choose a new password.</p>
      <ForgotPasswordForm />
    </div>
  )
}
