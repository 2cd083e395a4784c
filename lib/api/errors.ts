// One error model for every route handler (JSON APIs, feeds): expected failures get their
// status and a clear message; anything else is a 500 with a generic message and a logged id.
// Never a stack trace or SQL in a response.
import crypto from 'node:crypto'
import { NextResponse } from 'next/server'
import { z } from 'zod'

export class NotFoundError extends Error {
  constructor(message = 'Not found') {
    super(message)
    this.name = 'NotFoundError'
  }
}

export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do that') {
    super(message)
    this.name = 'ForbiddenError'
  }
}

export class UnauthorizedError extends Error {
  constructor(message = 'Sign in to do that') {
    super(message)
    this.name = 'UnauthorizedError'
  }
}

export class RateLimitedError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    message = 'Too many requests: please wait a little and try again',
  ) {
    super(message)
    this.name = 'RateLimitedError'
  }
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: Record<string, string[]>; id?: string }
}

/** Field-level messages from a zod error: { "q": ["Too long"] }, form-wide ones under "_". */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_'
    ;(fields[key] ??= []).push(issue.message)
  }
  return fields
}

export function handleApiError(error: unknown): NextResponse<ApiErrorBody> {
  if (error instanceof z.ZodError) {
    return NextResponse.json(
      { error: { code: 'invalid_request', message: 'Some parameters are not valid', fields: fieldErrors(error) } },
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
      { status: 429, headers: { 'Retry-After': String(Math.max(1, Math.ceil(error.retryAfterSeconds))) } },
    )
  }
  const id = crypto.randomUUID()
  console.error(`[api] unexpected error ${id}:`, error)
  return NextResponse.json(
    { error: { code: 'internal', message: 'Something went wrong on our side', id } },
    { status: 500 },
  )
}
