// One zod schema per account operation: the forms show their limits, the server trusts only them.
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import {
  BIO_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  HANDLE_MAX_LENGTH,
  HANDLE_MIN_LENGTH,
  HANDLE_PATTERN,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  isReservedHandle,
} from './policies'

export const handleSchema = z
  .string({ error: 'Choose a handle' })
  .trim()
  .min(HANDLE_MIN_LENGTH, `At least ${HANDLE_MIN_LENGTH} characters`)
  .max(HANDLE_MAX_LENGTH, `At most ${HANDLE_MAX_LENGTH} characters`)
  .regex(HANDLE_PATTERN, 'Only letters, digits, _ and -')
  .refine((handle) => !isReservedHandle(handle), 'This handle is reserved: choose another')

export const emailSchema = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address')
  .max(EMAIL_MAX_LENGTH, 'This address is too long')
  .pipe(z.email('Enter a valid email address, like name@example.com'))

export const newPasswordSchema = z
  .string({ error: 'Choose a password' })
  .min(PASSWORD_MIN_LENGTH, `At least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `At most ${PASSWORD_MAX_LENGTH} characters`)

// Checking an existing password: any non-empty string (the policy may have changed since).
const currentPasswordSchema = z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH, 'Wrong password')

/** An HTML checkbox: "on" when ticked, absent otherwise. */
const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean())

export const signUpSchema = z.object({
  handle: handleSchema,
  email: emailSchema,
  password: newPasswordSchema,
  consent: z.preprocess(
    (value) => value === 'on' || value === 'true' || value === true,
    z.literal(true, { error: 'Please agree to how we store your health information, or we cannot create an account' }),
  ),
})
export type SignUpInput = z.infer<typeof signUpSchema>

export const signInSchema = z.object({
  login: z.string({ error: 'Enter your handle or email' }).trim().min(1, 'Enter your handle or email').max(EMAIL_MAX_LENGTH, 'Too long'),
  password: currentPasswordSchema,
})
export type SignInInput = z.infer<typeof signInSchema>

export const forgotPasswordSchema = z.object({ email: emailSchema })

export const resetPasswordSchema = z
  .object({ token: z.string().min(1).max(200), password: newPasswordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'The two passwords differ' })

export const emailTokenSchema = z.object({ token: z.string().min(1, 'This link is incomplete').max(200, 'This link is not valid') })

export const changeHandleSchema = z.object({ handle: handleSchema })

export const changeEmailSchema = z.object({ email: emailSchema, password: currentPasswordSchema })

export const changePasswordSchema = z
  .object({ currentPassword: currentPasswordSchema, password: newPasswordSchema, confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'The two passwords differ' })

export const profileSchema = z.object({
  bio: storableString().trim().max(BIO_MAX_LENGTH, `At most ${BIO_MAX_LENGTH} characters`).default(''),
  conditions: z.array(z.coerce.number().int().positive()).max(50, 'Choose at most 50 conditions').default([]),
})

export const notificationsSchema = z.object({
  notifyReplies: checkbox,
  notifyMentions: checkbox,
  notifyFollowed: checkbox,
  emailNotifications: checkbox,
})

export const DELETE_MODES = ['anonymise', 'erase'] as const
export type DeleteMode = (typeof DELETE_MODES)[number]

export const deleteAccountSchema = z.object({
  password: currentPasswordSchema,
  mode: z.enum(DELETE_MODES, { error: 'Choose what happens to what you wrote' }),
})

export const ROLES = ['MEMBER', 'MODERATOR', 'ADMIN'] as const

export const changeRoleSchema = z.object({
  userId: z.string().min(1).max(40),
  role: z.enum(ROLES, { error: 'Choose a role' }),
  reason: storableString().trim().max(500, 'At most 500 characters').default(''),
})
