// The one form answer (lib/forms.ts): what each helper returns, and that nothing secret typed
// into a form is ever sent back to the page.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { failed, firstErrors, idle, invalid, succeeded, toFormResult, typedValues, zodFieldErrors } from '@/lib/forms'

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [key, value] of Object.entries(fields)) data.append(key, value)
  return data
}

const typed = form({ handle: 'skin_diary', email: 'a@example.com', password: 'hunter2 hunter2', currentPassword: 'old one', confirm: 'hunter2 hunter2', token: 'mailed-token', $ACTION_ID_abc: '' })

describe('typedValues', () => {
  it('keeps what was typed and never a password, a confirmation or a mailed token', () => {
    expect(typedValues(typed)).toEqual({ handle: 'skin_diary', email: 'a@example.com' })
  })

  it('ignores files', () => {
    const data = form({ bio: 'Eczema' })
    data.append('avatar', new Blob(['x']))
    expect(typedValues(data)).toEqual({ bio: 'Eczema' })
  })
})

describe('the form answers', () => {
  it('starts idle', () => {
    expect(idle).toEqual({ status: 'idle' })
  })

  it('answers a failed parse with each field’s messages, form-wide ones under "_", and the values minus secrets', () => {
    const schema = z.object({ handle: z.string().min(3, 'At least 3').max(4, 'At most 4').regex(/^\d+$/, 'Digits only'), email: z.email('Enter an email') })
    const parsed = schema.safeParse({ handle: 'ab', email: 'nope' })
    if (parsed.success) throw new Error('expected a failed parse')
    expect(zodFieldErrors(parsed.error)).toEqual({ handle: ['At least 3', 'Digits only'], email: ['Enter an email'] })
    const result = invalid(parsed.error, typed)
    expect(result).toEqual({
      status: 'error',
      message: 'Please correct the fields marked below.',
      fieldErrors: { handle: ['At least 3', 'Digits only'], email: ['Enter an email'] },
      values: { handle: 'skin_diary', email: 'a@example.com' },
    })
    const whole = z.object({}).refine(() => false, 'The whole form is wrong').safeParse({})
    expect(whole.success ? {} : zodFieldErrors(whole.error)).toEqual({ _: ['The whole form is wrong'] })
  })

  it('answers a refusal with its message, the values and its fields as lists', () => {
    expect(failed('That handle is taken.', typed, { handle: 'Taken', email: ['One', 'Two'] })).toEqual({
      status: 'error',
      message: 'That handle is taken.',
      fieldErrors: { handle: ['Taken'], email: ['One', 'Two'] },
      values: { handle: 'skin_diary', email: 'a@example.com' },
    })
    expect(failed('Which notification?')).toEqual({ status: 'error', message: 'Which notification?' })
  })

  it('answers success with its message and data', () => {
    expect(succeeded('Saved.')).toEqual({ status: 'success', message: 'Saved.' })
    expect(succeeded(undefined, { active: true })).toEqual({ status: 'success', data: { active: true } })
  })

  it('turns a domain operation’s result into the form answer', () => {
    expect(toFormResult({ ok: true }, typed, 'Saved.')).toEqual({ status: 'success', message: 'Saved.' })
    expect(toFormResult({ ok: false, message: 'No.', fieldErrors: { email: ['Taken'] } }, typed, 'Saved.')).toEqual({
      status: 'error',
      message: 'No.',
      fieldErrors: { email: ['Taken'] },
      values: { handle: 'skin_diary', email: 'a@example.com' },
    })
  })

  it('gives one line per field for forms that show one', () => {
    expect(firstErrors({ title: ['Too short', 'Too plain'], body: [] })).toEqual({ title: 'Too short' })
    expect(firstErrors(undefined)).toEqual({})
  })
})
