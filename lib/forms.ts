// The one answer every form action gives (decision 012): a status, a form-wide message, messages
// by field, and what was typed (never a secret) so that a refused submit loses nothing. `data`
// carries the facts a form acts on after success (the handle to sign in with, a toggle's state).
// Imported by client components too: nothing server-only here (lib/form-failure.ts turns thrown
// errors into this shape on the server).
import type { z } from 'zod'

export type FormStatus = 'idle' | 'error' | 'success'

export interface FormResult<D = Record<string, string | boolean>> {
  status: FormStatus
  message?: string
  /** By field name ("email", "tried.0.outcome"); messages about the whole form under "_". */
  fieldErrors?: Record<string, string[]>
  /** The submitted text fields, minus secrets, to refill the form. */
  values?: Record<string, string>
  data?: D
}

/** The state a form starts in (useActionState's initial state). */
export const idle: FormResult<never> = { status: 'idle' }

export const CHECK_FIELDS_MESSAGE = 'Please correct the fields marked below.'

/** Fields never echoed back: a password or a mailed token must not travel to the page again. */
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'confirm', 'token'])

/** The submitted text fields minus the secret ones (and Next's own $ACTION fields), to refill the form. */
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

/** Messages by field, where a check answers one message per field (banned terms, duplicates). */
export type FieldMessages = Record<string, string | string[]>

export function toFieldErrors(fields: FieldMessages): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fields).map(([key, messages]) => [key, typeof messages === 'string' ? [messages] : messages]))
}

/** A failed parse: each field's messages, and what was typed. */
export function invalid(error: z.ZodError, formData: FormData, message = CHECK_FIELDS_MESSAGE): FormResult<never> {
  return { status: 'error', message, fieldErrors: zodFieldErrors(error), values: typedValues(formData) }
}

/** A refusal: its message, what was typed, and the fields it is about. */
export function failed(message: string, formData?: FormData, fieldErrors?: FieldMessages): FormResult<never> {
  return {
    status: 'error',
    message,
    ...(fieldErrors ? { fieldErrors: toFieldErrors(fieldErrors) } : {}),
    ...(formData ? { values: typedValues(formData) } : {}),
  }
}

export function succeeded<D = never>(message?: string, data?: D): FormResult<D> {
  return { status: 'success', ...(message !== undefined ? { message } : {}), ...(data !== undefined ? { data } : {}) }
}

/** The first message of each field, for forms that show one line under a field. */
export function firstErrors(fieldErrors: Record<string, string[]> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).flatMap(([key, messages]) => (messages[0] ? [[key, messages[0]]] : [])))
}

/** What a domain operation answers (accounts: registration, settings, recovery): success with its
 * data, or a message and the fields it is about. An action turns it into its FormResult. */
export type Result<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string; fieldErrors?: Record<string, string[]> }

export function toFormResult(result: Result, formData: FormData, successMessage: string): FormResult<never> {
  return result.ok ? succeeded(successMessage) : failed(result.message, formData, result.fieldErrors)
}
