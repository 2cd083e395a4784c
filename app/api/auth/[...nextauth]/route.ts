import NextAuth from 'next-auth'
import type { NextRequest } from 'next/server'
import { clientIp } from '@/lib/accounts/client-ip'
import { withLoginThrottle } from '@/lib/accounts/throttle'
import { authOptions } from '@/lib/auth'

interface NextAuthContext {
  params: Promise<{ nextauth: string[] }>
}

const handler = NextAuth(authOptions) as (request: NextRequest, context: NextAuthContext) => Promise<Response>

export { handler as GET }

// The credentials callback (POST /api/auth/callback/credentials) runs under the sign-in
// throttle; every other next-auth POST (sign-out, OAuth sign-in) goes straight through.
export async function POST(request: NextRequest, context: NextAuthContext): Promise<Response> {
  const { nextauth } = await context.params
  if (nextauth[0] !== 'callback' || nextauth[1] !== 'credentials') return handler(request, context)
  // next-auth reads the body itself: read the login from a copy.
  const form = await request.clone().formData().catch(() => null)
  const login = form?.get('login')
  return withLoginThrottle(typeof login === 'string' ? login : '', clientIp(request.headers), () => handler(request, context))
}
