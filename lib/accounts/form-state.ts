// What every account form action answers: field-level errors and a form-wide message, and the
// values typed so far (never passwords) so that nothing is lost on an error.
// Imported by client components too: nothing server-only here.
import type { z } from 'zod'

export interface FormState {
  status: 'idle' | 'error' | 'success'
  message?: string
  fieldErrors?: Record<string, string[]>
  values?: Record<string, string>
  /** Facts the form acts on after success (e.g. the handle to sign in with). */
  data?: Record<string, string | boolean>
}

export const idleState: FormState = { status: 'idle' }

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'confirm', 'token'])

/** The submitted text fields minus the secret ones, to refill the form. */
export function typedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !SECRET_FIELDS.has(key) && !key.startsWith('$ACTION')) values[key] = value
  }
  return values
}

/** Field-level messages from a zod error: { "email": ["Enter a valid…"] }, form-wide ones under "_". */
export function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_'
    ;(fields[key] ??= []).push(issue.message)
  }
  return fields
}

export function invalid(error: z.ZodError, formData: FormData, message = 'Please correct the fields marked below.'): FormState {
  return { status: 'error', message, fieldErrors: zodFieldErrors(error), values: typedValues(formData) }
}

export function failed(message: string, formData?: FormData, fieldErrors?: Record<string, string[]>): FormState {
  return { status: 'error', message, fieldErrors, values: formData ? typedValues(formData) : undefined }
}

export function succeeded(message: string, data?: FormState['data']): FormState {
  return { status: 'success', message, data }
}

/** What an account operation answers: success with its data, or a message and field errors. */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string; fieldErrors?: Record<string, string[]> }

export function toFormState(result: Result, formData: FormData, successMessage: string): FormState {
  return result.ok ? succeeded(successMessage) : failed(result.message, formData, result.fieldErrors)
}
