// Requests to the app as other clients than the browser: node:http, so a test can choose the
// loopback address it connects from (127.0.0.2, 127.0.0.3, …) and be a different client to the
// server's per-address limits, as it would be from another machine.
import http from 'node:http'

export interface HttpAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: string
  cookies: string[]
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string } = {},
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, localAddress: options.from }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, cookies: (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!) }),
      )
    })
    req.on('error', reject)
    if (options.body) req.write(options.body)
    req.end()
  })
}

export interface SignInAnswer {
  status: number
  /** The csrf cookie and, after a success, the session cookie: a Cookie header. */
  cookie: string
  body: string
  retryAfter: string | null
  location: string | null
}

/**
 * Signs in through next-auth's credentials endpoint as a client without a browser: `json`
 * as next-auth's own client does (401 for wrong credentials), or as a plain HTML form post
 * (302 to the sign-in page with an error). `from` picks the loopback address to connect from.
 */
export async function apiSignIn(
  baseURL: string,
  login: string,
  password: string,
  options: { from?: string; transport?: 'json' | 'form'; headers?: Record<string, string> } = {},
): Promise<SignInAnswer> {
  const csrf = await request(new URL('/api/auth/csrf', baseURL).href, { from: options.from })
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
  const fields: Record<string, string> = { login, password, csrfToken, callbackUrl: baseURL }
  if (options.transport !== 'form') fields.json = 'true'
  const response = await request(new URL('/api/auth/callback/credentials', baseURL).href, {
    method: 'POST',
    from: options.from,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrf.cookies.join('; '), ...options.headers },
    body: new URLSearchParams(fields).toString(),
  })
  const retryAfter = response.headers['retry-after']
  return {
    status: response.status,
    cookie: [...csrf.cookies, ...response.cookies].join('; '),
    body: response.body,
    retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
    location: typeof response.headers.location === 'string' ? response.headers.location : null,
  }
}
