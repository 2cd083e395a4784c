'use client'
import { signIn } from 'next-auth/react'

/** "Continue with GitHub/Google", for members whose account is already linked. */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-muted">Or continue with</p>
      <div className="flex flex-wrap gap-2">
        {providers.map((provider) => (
          <button
            key={provider.id}
            type="button"
            onClick={() => signIn(provider.id, { callbackUrl })}
            className="rounded-lg border border-line bg-surface px-4 py-2 font-medium hover:border-accent"
          >
            {provider.name}
          </button>
        ))}
      </div>
    </div>
  )
}
