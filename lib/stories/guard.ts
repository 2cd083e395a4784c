// Turns the guards' and the limiter's expected failures into a message a form can show, so a
// refused submit keeps what was typed instead of landing on the error page.
import 'server-only'
import { ForbiddenError, NotFoundError, RateLimitedError, UNAVAILABLE_MESSAGE, UnauthorizedError } from '../api/errors'
import { isDatabaseUnavailable } from '../db-errors'

export function formatRetry(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? 'a minute' : `${minutes} minutes`
}

/** The message for an expected failure, or undefined for anything else (which must be rethrown). */
export function expectedFailureMessage(error: unknown): string | undefined {
  if (error instanceof UnauthorizedError) return 'Please sign in first: your text is kept here.'
  if (error instanceof ForbiddenError || error instanceof NotFoundError) return error.message
  if (error instanceof RateLimitedError) return `${error.message} You can post again in ${formatRetry(error.retryAfterSeconds)}; your text is kept here.`
  // An outage passes in seconds: say so and keep the text, rather than crash the form.
  if (isDatabaseUnavailable(error)) return `${UNAVAILABLE_MESSAGE} Your text is kept here.`
  return undefined
}
