import { describe, expect, it } from 'vitest'
import { zodFieldErrors } from '@/lib/forms'
import { changePasswordSchema, deleteAccountSchema, profileSchema, signUpSchema } from '@/lib/accounts/schemas'

const valid = { handle: 'skin_diary', email: 'Someone@Example.com ', password: 'correct horse battery', consent: 'on' }

function errorsFor(input: Record<string, unknown>) {
  const parsed = signUpSchema.safeParse(input)
  return parsed.success ? {} : zodFieldErrors(parsed.error)
}

describe('sign-up validation', () => {
  it('accepts a valid sign-up and normalises the email', () => {
    const parsed = signUpSchema.parse(valid)
    expect(parsed).toEqual({ handle: 'skin_diary', email: 'someone@example.com', password: 'correct horse battery', consent: true })
  })

  it.each([
    ['a missing handle', { handle: undefined }, 'handle', 'Choose a handle'],
    ['a handle of 2 characters', { handle: 'ab' }, 'handle', 'At least 3 characters'],
    ['a handle of 25 characters', { handle: 'a'.repeat(25) }, 'handle', 'At most 24 characters'],
    ['a handle with a space', { handle: 'skin diary' }, 'handle', 'Only letters, digits, _ and -'],
    ['a handle with an accent', { handle: 'léna' }, 'handle', 'Only letters, digits, _ and -'],
    ['a reserved handle', { handle: 'Moderator' }, 'handle', 'This handle is reserved: choose another'],
    ['a missing email', { email: undefined }, 'email', 'Enter your email address'],
    ['an empty email', { email: '  ' }, 'email', 'Enter your email address'],
    ['an invalid email', { email: 'not-an-email' }, 'email', 'Enter a valid email address, like name@example.com'],
    ['a too long email', { email: `${'a'.repeat(250)}@x.io` }, 'email', 'This address is too long'],
    ['a missing password', { password: undefined }, 'password', 'Choose a password'],
    ['a password of 9 characters', { password: '123456789' }, 'password', 'At least 10 characters'],
    ['a password of 201 characters', { password: 'x'.repeat(201) }, 'password', 'At most 200 characters'],
    ['no consent', { consent: undefined }, 'consent', 'Please agree to how we store your health information, or we cannot create an account'],
    ['consent "off"', { consent: 'off' }, 'consent', 'Please agree to how we store your health information, or we cannot create an account'],
  ])('refuses %s with a message on that field', (_name, change, field, message) => {
    const errors = errorsFor({ ...valid, ...change })
    expect(Object.keys(errors)).toEqual([field])
    expect(errors[field]).toContain(message)
  })

  it('reports every wrong field at once', () => {
    expect(Object.keys(errorsFor({})).sort()).toEqual(['consent', 'email', 'handle', 'password'])
  })
})

describe('settings validation', () => {
  it('a new password must be typed twice the same', () => {
    const parsed = changePasswordSchema.safeParse({ currentPassword: 'x', password: 'a long new password', confirm: 'a long new passwort' })
    expect(parsed.success).toBe(false)
    expect(zodFieldErrors(parsed.error!)).toEqual({ confirm: ['The two passwords differ'] })
  })

  it('a bio is at most 500 characters', () => {
    expect(profileSchema.safeParse({ bio: 'x'.repeat(501), conditions: [] }).success).toBe(false)
    expect(profileSchema.parse({ bio: ' hi ', conditions: ['3', '4'] })).toEqual({ bio: 'hi', conditions: [3, 4] })
  })

  it('deleting needs a password and a choice of what happens to the content', () => {
    const parsed = deleteAccountSchema.safeParse({ password: '', mode: 'shred' })
    expect(Object.keys(zodFieldErrors(parsed.error!)).sort()).toEqual(['mode', 'password'])
  })
})
