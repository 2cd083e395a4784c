// The Content-Security-Policy of every response, set by proxy.ts. Pages rendered per request
// carry a fresh nonce: Next puts it on its own scripts (it reads the policy from the request), and
// 'strict-dynamic' lets those load the rest, so an injected <script> or inline handler never runs.
// A page served from a render shared between readers (the anonymous lists, decision 008) cannot
// carry a per-request nonce; its policy allows the site's own inline scripts instead, and those
// pages hold no session to steal. Every other directive is the same for both (docs/decisions/010).

export interface PolicyOptions {
  /** A fresh nonce for a page rendered for this request; none for a shared, cached render. */
  nonce?: string
  /** Development: React needs eval for its debugging aids, and hot reload a websocket. */
  development?: boolean
}

// OAuth sign-in posts to our own endpoint, which redirects to the provider: a form's redirect
// counts against form-action.
const OAUTH_FORM_TARGETS = ['https://github.com', 'https://accounts.google.com']

export function contentSecurityPolicy({ nonce, development = false }: PolicyOptions): string {
  const scripts = nonce ? [`'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"]
  if (development) scripts.push("'unsafe-eval'")
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    // React writes style attributes (bar widths, positions): inline styles stay allowed.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': development ? ["'self'", 'ws:'] : ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'", ...OAUTH_FORM_TARGETS],
    'frame-ancestors': ["'none'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** 128 random bits, base64: unguessable and new for every response. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}
