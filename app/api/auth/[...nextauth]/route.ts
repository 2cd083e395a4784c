import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { answerLoginAttempt } from '@/lib/accounts/throttle'
import { authOptions } from '@/lib/accounts/auth-options'
import { malformedAuthRequest } from '@/lib/http/auth-request'

interface NextAuthContext {
  params: Promise<{ nextauth: string[] }>
}

const handler = NextAuth(authOptions) as (request: NextRequest, context: NextAuthContext) => Promise<Response>

/** next-auth answers some crafted requests with a 500 of its own: those get a 400 first. */
export async function GET(request: NextRequest, context: NextAuthContext): Promise<Response> {
  return (await malformedAuthRequest(request)) ?? handler(request, context)
}

// The credentials callback is throttled inside `authorize` (lib/auth.ts), where the password is
// checked; here a refused attempt becomes 429 with Retry-After, for a form post and a JSON post
// alike, instead of next-auth's redirect.
export async function POST(request: NextRequest, context: NextAuthContext): Promise<Response> {
  const malformed = await malformedAuthRequest(request)
  if (malformed) return malformed
  return answerLoginAttempt(() => handler(request, context))
}
