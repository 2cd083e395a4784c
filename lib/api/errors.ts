// One error model for every route handler (JSON APIs, feeds): expected failures get their
// status and a clear message; anything else is a 500 with a generic message and a logged id.
// Never a stack trace or SQL in a response.
//
// Each Next bundle (route handlers, server actions, pages) loads its own copy of this module, so
// an error thrown by one copy is not an instance of another copy's class. The classes therefore
// carry a brand under a registered symbol, and `instanceof` (through Symbol.hasInstance) and
// handleApiError check the brand, so an error is recognised whichever copy threw it.
import crypto from 'node:crypto'
import { NextResponse } from 'next/server'
import { z } from 'zod'
import { zodFieldErrors } from '../forms'
import { OUTAGE_RETRY_AFTER_SECONDS } from '../db-health.mjs'
import { isDatabaseUnavailable } from '../db-errors'

const BRAND = Symbol.for('whathelped.error')

export type ErrorCode = 'not_found' | 'forbidden' | 'unauthorized' | 'rate_limited' | 'invalid_fields'

type Branded = { [BRAND]?: unknown }

function brandOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Branded)[BRAND] : undefined
}

/** `value instanceof klass` by brand for the base class; a subclass (ThreadClosedError) keeps
 * the ordinary prototype check, since its brand is its parent's. */
function isBranded(klass: unknown, base: unknown, value: unknown, code: ErrorCode): boolean {
  if (klass !== base) return Function.prototype[Symbol.hasInstance].call(klass as () => unknown, value)
  return brandOf(value) === code
}

export class NotFoundError extends Error {
  readonly [BRAND]: ErrorCode = 'not_found'
  constructor(message = 'Not found') {
    super(message)
    this.name = 'NotFoundError'
  }
  static [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    return isBranded(this, NotFoundError, value, 'not_found')
  }
}

export class ForbiddenError extends Error {
  readonly [BRAND]: ErrorCode = 'forbidden'
  constructor(message = 'You are not allowed to do that') {
    super(message)
    this.name = 'ForbiddenError'
  }
  static [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    return isBranded(this, ForbiddenError, value, 'forbidden')
  }
}

export class UnauthorizedError extends Error {
  readonly [BRAND]: ErrorCode = 'unauthorized'
  constructor(message = 'Sign in to do that') {
    super(message)
    this.name = 'UnauthorizedError'
  }
  static [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    return isBranded(this, UnauthorizedError, value, 'unauthorized')
  }
}

export class RateLimitedError extends Error {
  readonly [BRAND]: ErrorCode = 'rate_limited'
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many requests: please wait a little and try again',
  ) {
    super(message)
    this.name = 'RateLimitedError'
  }
  static [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    return isBranded(this, RateLimitedError, value, 'rate_limited')
  }
}

/** A refusal tied to input fields that a schema cannot see (a blocked word, a duplicate, a reply
 * to a comment not in the thread): 422 with the fields from a route, field errors in a form. */
export class InvalidFieldsError extends Error {
  readonly [BRAND]: ErrorCode = 'invalid_fields'
  readonly fields: Record<string, string[]>
  constructor(fields: Record<string, string | string[]>, message = 'Some parameters are not valid') {
    super(message)
    this.name = 'InvalidFieldsError'
    this.fields = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, typeof value === 'string' ? [value] : value]))
  }
  /** One field, one message. */
  static field(name: string, message: string): InvalidFieldsError {
    return new InvalidFieldsError({ [name]: [message] })
  }
  static [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    return isBranded(this, InvalidFieldsError, value, 'invalid_fields')
  }
}

/** A zod error from any copy of zod: zod 4's own instanceof checks a trait, and the name and
 * issues are the fallback for anything shaped like one. */
export function isZodError(error: unknown): error is z.ZodError {
  if (error instanceof z.ZodError) return true
  if (typeof error !== 'object' || error === null) return false
  const { name, issues } = error as { name?: unknown; issues?: unknown }
  return name === 'ZodError' && Array.isArray(issues)
}

export const UNAVAILABLE_MESSAGE = "We're having trouble reaching our database. Please try again in a few seconds."

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]>; id?: string }
}


function retryAfter(seconds: number): string {
  return String(Math.max(1, Math.ceil(Number.isFinite(seconds) ? seconds : 1)))
}

export function handleApiError(error: unknown): NextResponse<ApiErrorBody> {
  if (isZodError(error)) {
    return NextResponse.json(
      { error: { code: 'invalid_request', message: 'Some parameters are not valid', fields: zodFieldErrors(error) } },
      { status: 422 },
    )
  }
  if (error instanceof InvalidFieldsError) {
    return NextResponse.json(
      { error: { code: 'invalid_request', message: 'Some parameters are not valid', fields: error.fields } },
      { status: 422 },
    )
  }
  if (error instanceof NotFoundError) {
    return NextResponse.json({ error: { code: 'not_found', message: error.message } }, { status: 404 })
  }
  if (error instanceof UnauthorizedError) {
    return NextResponse.json({ error: { code: 'unauthorized', message: error.message } }, { status: 401 })
  }
  if (error instanceof ForbiddenError) {
    return NextResponse.json({ error: { code: 'forbidden', message: error.message } }, { status: 403 })
  }
  if (error instanceof RateLimitedError) {
    return NextResponse.json(
      { error: { code: 'rate_limited', message: error.message } },
      { status: 429, headers: { 'Retry-After': retryAfter(error.retryAfterSeconds) } },
    )
  }
  if (isDatabaseUnavailable(error)) {
    // Logged without the error itself: one line per request during an outage is enough.
    console.error('[api] database unavailable: answered 503')
    return NextResponse.json(
      { error: { code: 'unavailable', message: UNAVAILABLE_MESSAGE } },
      { status: 503, headers: { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) } },
    )
  }
  const id = crypto.randomUUID()
  console.error(`[api] unexpected error ${id}:`, error)
  return NextResponse.json(
    { error: { code: 'internal', message: 'Something went wrong on our side', id } },
    { status: 500 },
  )
}
