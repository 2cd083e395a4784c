// Browser side of next-auth's credentials and sign-out endpoints, used by the account forms. A
// plain fetch rather than next-auth/react's signIn: it lets the form tell a throttled attempt
// (429 with the server's message) from wrong credentials.
export type ClientSignInResult = { ok: true } | { ok: false; status: number; message: string }

export const WRONG_CREDENTIALS_MESSAGE = 'That handle or email and password do not match. Check them, or reset your password.'

async function csrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { cache: 'no-store' })
  const body = (await response.json()) as { csrfToken: string }
  return body.csrfToken
}

export async function credentialsSignIn(login: string, password: string): Promise<ClientSignInResult> {
  const response = await fetch('/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password, csrfToken: await csrfToken(), callbackUrl: window.location.href, json: 'true' }),
  })
  if (response.status === 429) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null
    return { ok: false, status: 429, message: body?.error?.message ?? 'Too many attempts: please wait a few minutes.' }
  }
  if (response.ok) {
    const body = (await response.json().catch(() => ({}))) as { url?: string }
    if (body.url && !new URL(body.url, window.location.href).searchParams.has('error')) return { ok: true }
  }
  return { ok: false, status: response.status, message: WRONG_CREDENTIALS_MESSAGE }
}

export async function signOutHere(): Promise<void> {
  await fetch('/api/auth/signout', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrfToken: await csrfToken(), callbackUrl: '/', json: 'true' }),
  })
}

/** Only same-site paths: never send a member to another site after signing in. */
export function safeCallbackPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback
  return value
}

/**
 * A full page load rather than a client-side navigation: after signing in or out, the session
 * cookie changed and every server component (header included) must render again.
 */
export function reloadAt(path: string): void {
  window.location.assign(path)
}
