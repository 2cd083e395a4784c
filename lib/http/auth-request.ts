// Requests to next-auth's route that next-auth v4 answers with a 500 of its own: a callbackUrl
// that is neither an http(s) URL nor a path, in the query or its callback-url cookie (its
// configuration check calls that "a problem with the server configuration",
// next-auth/core/lib/assert.js) or in a POST body (its redirect callback throws on `new URL`),
// and a POST declared as JSON whose body does not parse (its getBody calls request.json()
// unguarded). Only crafted requests carry these; the route answers them with this 400 before
// handing the request to next-auth (found by tests/app/fuzz.test.ts).
import type { NextRequest } from 'next/server'
import type { ApiErrorBody } from '../api/errors'

const CALLBACK_URL_COOKIES = ['next-auth.callback-url', '__Secure-next-auth.callback-url']

/** next-auth's own test: an absolute http(s) URL, or a path resolved against this site. */
export function isValidCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol)
  } catch {
    return false
  }
}

function badRequest(message: string): Response {
  return Response.json({ error: { code: 'invalid_request', message } } satisfies ApiErrorBody, { status: 400 })
}

/** A 400 for a request next-auth would answer with a 500, or null to hand it over. */
export async function malformedAuthRequest(request: NextRequest): Promise<Response | null> {
  const { origin } = request.nextUrl
  // next-auth reads the last value of a repeated parameter or cookie: check them all.
  if (request.nextUrl.searchParams.getAll('callbackUrl').some((value) => value && !isValidCallbackUrl(value, origin))) {
    return badRequest('callbackUrl must be an address on this site')
  }
  const cookies = request.cookies.getAll().filter((cookie) => CALLBACK_URL_COOKIES.includes(cookie.name))
  if (cookies.some((cookie) => cookie.value && !isValidCallbackUrl(cookie.value, origin))) {
    return badRequest('The callback-url cookie must be an address on this site: clear it and try again')
  }
  const fromBody = await bodyCallbackUrls(request)
  if (fromBody === INVALID_JSON) return badRequest('The request body is not valid JSON')
  if (fromBody.some((value) => typeof value !== 'string' || (value && !isValidCallbackUrl(value, origin)))) {
    return badRequest('callbackUrl must be an address on this site')
  }
  return null
}

const INVALID_JSON = Symbol('invalid JSON')

/** The callbackUrl values of the body (JSON or a form, the only bodies next-auth parses), read
 * from a copy: the body stays unread for next-auth. */
async function bodyCallbackUrls(request: NextRequest): Promise<unknown[] | typeof INVALID_JSON> {
  if (request.method !== 'POST' || !request.body) return []
  const type = request.headers.get('content-type') ?? ''
  if (/application\/json/i.test(type)) {
    let body: unknown
    try {
      body = await request.clone().json()
    } catch {
      return INVALID_JSON
    }
    return body !== null && typeof body === 'object' && 'callbackUrl' in body ? [body.callbackUrl] : []
  }
  if (/application\/x-www-form-urlencoded/i.test(type)) return new URLSearchParams(await request.clone().text()).getAll('callbackUrl')
  return []
}
