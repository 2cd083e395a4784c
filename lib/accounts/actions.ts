'use server'
// Account form actions: guard, validate (in the operation), write, then revalidate or redirect.
// Each answers a FormState so the form keeps what was typed and shows errors by field.
import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { refreshPublicPages } from '../page-cache/refresh'
import { redirect } from 'next/navigation'
import { ForbiddenError, UnauthorizedError } from '../api/errors'
import { canParticipate } from './policies'
import { getSessionUser, requireAdmin, type SessionUser } from '../auth'
import { env } from '../env'
import { paths } from '../paths'
import { deleteAccount } from './delete'
import { type FormState, failed, succeeded, toFormState } from './form-state'
import { OAUTH_CONSENT_COOKIE, OAUTH_CONSENT_MAX_AGE_SECONDS } from './oauth'
import { confirmEmail, requestPasswordReset, resendVerification, RESET_REQUESTED_MESSAGE, resetPassword } from './recovery'
import { registerUser } from './registration'
import { requestContext } from './request-context'
import { changeUserRole } from './roles'
import { signUpSchema } from './schemas'
import { withSteadyTiming } from './steady-timing'
import { changeHandle, changePassword, requestEmailChange, updateNotifications, updateProfile } from './settings'
import { HEALTH_POLICY_VERSION, SIGNED_UP_MESSAGE } from './constants'

const SIGNED_OUT_MESSAGE = 'Your session has ended: please sign in again.'
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token']

async function signedInOr(formData: FormData): Promise<SessionUser | FormState> {
  const user = await getSessionUser()
  return user ?? failed(SIGNED_OUT_MESSAGE, formData)
}

function isFormState(value: SessionUser | FormState): value is FormState {
  return 'status' in value && !('id' in value)
}

function fields(formData: FormData, ...names: string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name)]))
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const context = await requestContext()
  const result = await withSteadyTiming(() => registerUser(fields(formData, 'handle', 'email', 'password', 'consent'), context))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  // The same answer whether the address was new or already registered (its owner got a mail).
  return succeeded(SIGNED_UP_MESSAGE, { handle: result.handle })
}

/** Records consent before an OAuth sign-up: the provider round trip cannot carry the checkbox. */
export async function startOAuthSignUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = signUpSchema.shape.consent.safeParse(formData.get('consent'))
  if (!parsed.success) return failed(parsed.error.issues[0]!.message, formData, { consent: [parsed.error.issues[0]!.message] })
  ;(await cookies()).set(OAUTH_CONSENT_COOKIE, HEALTH_POLICY_VERSION, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production' && (env.NEXTAUTH_URL ?? '').startsWith('https:'),
    maxAge: OAUTH_CONSENT_MAX_AGE_SECONDS,
    path: '/',
  })
  return succeeded('Consent recorded', { provider: String(formData.get('provider') ?? '') })
}

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const context = await requestContext()
  const result = await withSteadyTiming(() => requestPasswordReset(fields(formData, 'email'), context))
  return toFormState(result, formData, RESET_REQUESTED_MESSAGE)
}

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await resetPassword(fields(formData, 'token', 'password', 'confirm'))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  return succeeded('Your password is changed, and every old session signed out.', { handle: result.handle })
}

export async function confirmEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const result = await confirmEmail(fields(formData, 'token'))
  if (result.ok) revalidatePath('/settings')
  return toFormState(result, formData, 'Thank you: your email address is confirmed.')
}

export async function resendVerificationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  return toFormState(await resendVerification(user.id, await requestContext()), formData, 'We have sent you a new confirmation link.')
}

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  // A public profile is published text: like posting, not for a suspended or banned member.
  if (!canParticipate(user)) return failed('Your account is suspended or banned: your profile cannot be changed now.', formData)
  const result = await updateProfile(user.id, { bio: formData.get('bio') ?? '', conditions: formData.getAll('conditions') })
  if (result.ok) revalidatePath(paths.user(user.handle))
  return toFormState(result, formData, 'Your profile is saved.')
}

export async function changeHandleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  const result = await changeHandle(user.id, fields(formData, 'handle'))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  refreshPublicPages()
  return succeeded(`You are now ${result.handle}. Links to your old profile keep working.`, { handle: result.handle })
}

export async function changeEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  const result = await requestEmailChange(user.id, fields(formData, 'email', 'password'), await requestContext())
  return toFormState(result, formData, 'We have sent a confirmation link to the new address: the change happens when you follow it.')
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  const result = await changePassword(user.id, fields(formData, 'currentPassword', 'password', 'confirm'))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  return succeeded('Your password is changed; other devices are signed out.', { handle: result.handle })
}

export async function updateNotificationsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  const result = await updateNotifications(user.id, fields(formData, 'notifyReplies', 'notifyMentions', 'notifyFollowed', 'emailNotifications'))
  return toFormState(result, formData, 'Your notification preferences are saved.')
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await signedInOr(formData)
  if (isFormState(user)) return user
  const result = await deleteAccount(user.id, fields(formData, 'password', 'mode'))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  const jar = await cookies()
  for (const name of SESSION_COOKIES) jar.delete(name)
  refreshPublicPages()
  redirect(`/goodbye?mode=${result.mode}`)
}

export async function changeRoleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  let admin: SessionUser
  try {
    admin = await requireAdmin()
  } catch (error) {
    if (error instanceof UnauthorizedError) return failed(SIGNED_OUT_MESSAGE, formData)
    // "Admins only", or a suspended admin told that their powers are paused.
    return failed(error instanceof ForbiddenError ? error.message : 'Only admins can change roles.', formData)
  }
  const result = await changeUserRole(admin, fields(formData, 'userId', 'role', 'reason'))
  if (!result.ok) return failed(result.message, formData, result.fieldErrors)
  revalidatePath('/admin/users')
  return succeeded(`${result.handle} is now ${result.role.toLowerCase()}.`)
}

