// Turns the expected failures a form action may meet — the guards' refusals, a rate limit, a
// refusal by field, a database outage — into the one form answer (lib/forms.ts), keeping what
// was typed, so a refused submit never lands on the error page. Anything else is a bug and is
// thrown again, to error.tsx. The errors are recognised by their brand (lib/api/errors.ts), so
// this works whichever Next bundle's copy threw them.
import 'server-only'
import { ForbiddenError, InvalidFieldsError, NotFoundError, RateLimitedError, UNAVAILABLE_MESSAGE, UnauthorizedError, isZodError } from './api/errors'
import { isDatabaseUnavailable } from './db-errors'
import { CHECK_FIELDS_MESSAGE, failed, zodFieldErrors, type FormResult } from './forms'

/** A wait in words: "45 seconds", "a minute", "3 minutes". */
export function formatRetry(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`
  const minutes = Math.ceil(seconds / 60)
  return minutes === 1 ? 'a minute' : `${minutes} minutes`
}

/** How a feature words the common failures; each part has a default for forms that post text. */
export interface FailureWording {
  /** To a visitor who is not signed in, or whose session ended. */
  signIn?: string
  /** Instead of the guard's own message for a forbidden act. */
  forbidden?: string
  /** When a limit is reached: the limiter's message and the wait in words. */
  retry?: (message: string, wait: string) => string
  /** The form-wide message above field errors. */
  invalid?: string | ((fieldErrors: Record<string, string[]>) => string)
}

export const SIGN_IN_FIRST_MESSAGE = 'Please sign in first: your text is kept here.'

const postAgain = (message: string, wait: string) => `${message} You can post again in ${wait}; your text is kept here.`

/** The form answer for an expected failure; anything unexpected (including Next's redirect) is thrown again. */
export function formFailure(error: unknown, formData?: FormData, wording: FailureWording = {}): FormResult<never> {
  const fields = isZodError(error) ? zodFieldErrors(error) : error instanceof InvalidFieldsError ? error.fields : undefined
  if (fields) {
    const message = typeof wording.invalid === 'function' ? wording.invalid(fields) : (wording.invalid ?? CHECK_FIELDS_MESSAGE)
    return failed(message, formData, fields)
  }
  if (error instanceof UnauthorizedError) return failed(wording.signIn ?? SIGN_IN_FIRST_MESSAGE, formData)
  if (error instanceof ForbiddenError) return failed(wording.forbidden ?? error.message, formData)
  if (error instanceof NotFoundError) return failed(error.message, formData)
  if (error instanceof RateLimitedError) return failed((wording.retry ?? postAgain)(error.message, formatRetry(error.retryAfterSeconds)), formData)
  // An outage passes in seconds: say so and keep the text, rather than crash the form.
  if (isDatabaseUnavailable(error)) return failed(`${UNAVAILABLE_MESSAGE} Your text is kept here.`, formData)
  throw error
}
