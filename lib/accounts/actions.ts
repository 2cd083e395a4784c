'use server'
// Account form actions: guard, validate (in the operation), write, then revalidate or redirect.
// Each answers the one FormResult (lib/forms.ts) so the form keeps what was typed and shows
// errors by field; a refusal or an outage met on the way is worded by lib/form-failure.ts.
import { cookies } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { refreshPublicPages } from '../page-cache/refresh'
import { redirect } from 'next/navigation'
import { canParticipate } from '../roles'
import { requireAdmin, requireUser, type SessionUser } from '../auth'
import { env } from '../env'
import { formFailure, type FailureWording } from '../form-failure'
import { failed, succeeded, toFormResult, type FormResult } from '../forms'
import { paths } from '../paths'
import { deleteAccount } from './delete'
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

const wording: FailureWording = { signIn: SIGNED_OUT_MESSAGE }

/** Runs `change` and words any refusal or outage on the way (the form keeps what was typed). */
async function answer(formData: FormData, change: () => Promise<FormResult>): Promise<FormResult> {
  try {
    return await change()
  } catch (error) {
    return formFailure(error, formData, wording)
  }
}

/** Runs `change` for the signed-in member, whatever their status. */
function asMember(formData: FormData, change: (user: SessionUser) => Promise<FormResult>): Promise<FormResult> {
  return answer(formData, async () => change(await requireUser()))
}

function fields(formData: FormData, ...names: string[]): Record<string, FormDataEntryValue | null> {
  return Object.fromEntries(names.map((name) => [name, formData.get(name)]))
}

export async function signUpAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return answer(formData, async () => {
    const context = await requestContext()
    const result = await withSteadyTiming(() => registerUser(fields(formData, 'handle', 'email', 'password', 'consent'), context))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    // The same answer whether the address was new or already registered (its owner got a mail).
    return succeeded(SIGNED_UP_MESSAGE, { handle: result.handle })
  })
}

/** Records consent before an OAuth sign-up: the provider round trip cannot carry the checkbox. */
export async function startOAuthSignUpAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  const parsed = signUpSchema.shape.consent.safeParse(formData.get('consent'))
  if (!parsed.success) return failed(parsed.error.issues[0]!.message, formData, { consent: parsed.error.issues[0]!.message })
  ;(await cookies()).set(OAUTH_CONSENT_COOKIE, HEALTH_POLICY_VERSION, {
    httpOnly: true,
    sameSite: 'lax',
    secure: env.NODE_ENV === 'production' && (env.NEXTAUTH_URL ?? '').startsWith('https:'),
    maxAge: OAUTH_CONSENT_MAX_AGE_SECONDS,
    path: paths.home(),
  })
  return succeeded('Consent recorded', { provider: String(formData.get('provider') ?? '') })
}

export async function forgotPasswordAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return answer(formData, async () => {
    const context = await requestContext()
    const result = await withSteadyTiming(() => requestPasswordReset(fields(formData, 'email'), context))
    return toFormResult(result, formData, RESET_REQUESTED_MESSAGE)
  })
}

export async function resetPasswordAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return answer(formData, async () => {
    const result = await resetPassword(fields(formData, 'token', 'password', 'confirm'))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    return succeeded('Your password is changed, and every old session signed out.', { handle: result.handle })
  })
}

export async function confirmEmailAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return answer(formData, async () => {
    const result = await confirmEmail(fields(formData, 'token'))
    if (result.ok) revalidatePath(paths.settings())
    return toFormResult(result, formData, 'Thank you: your email address is confirmed.')
  })
}

export async function resendVerificationAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) =>
    toFormResult(await resendVerification(user.id, await requestContext()), formData, 'We have sent you a new confirmation link.'),
  )
}

export async function updateProfileAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) => {
    // A public profile is published text: like posting, not for a suspended or banned member.
    if (!canParticipate(user)) return failed('Your account is suspended or banned: your profile cannot be changed now.', formData)
    const result = await updateProfile(user.id, { bio: formData.get('bio') ?? '', conditions: formData.getAll('conditions') })
    if (result.ok) revalidatePath(paths.user(user.handle))
    return toFormResult(result, formData, 'Your profile is saved.')
  })
}

export async function changeHandleAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) => {
    const result = await changeHandle(user.id, fields(formData, 'handle'))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    refreshPublicPages()
    return succeeded(`You are now ${result.handle}. Links to your old profile keep working.`, { handle: result.handle })
  })
}

export async function changeEmailAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) => {
    const result = await requestEmailChange(user.id, fields(formData, 'email', 'password'), await requestContext())
    return toFormResult(result, formData, 'We have sent a confirmation link to the new address: the change happens when you follow it.')
  })
}

export async function changePasswordAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) => {
    const result = await changePassword(user.id, fields(formData, 'currentPassword', 'password', 'confirm'))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    return succeeded('Your password is changed; other devices are signed out.', { handle: result.handle })
  })
}

export async function updateNotificationsAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  return asMember(formData, async (user) => {
    const result = await updateNotifications(user.id, fields(formData, 'notifyReplies', 'notifyMentions', 'notifyFollowed', 'emailNotifications'))
    return toFormResult(result, formData, 'Your notification preferences are saved.')
  })
}

export async function deleteAccountAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  let mode: string | undefined
  const refused = await asMember(formData, async (user) => {
    const result = await deleteAccount(user.id, fields(formData, 'password', 'mode'))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    mode = result.mode
    return succeeded()
  })
  if (mode === undefined) return refused
  const jar = await cookies()
  for (const name of SESSION_COOKIES) jar.delete(name)
  refreshPublicPages()
  redirect(paths.goodbye(mode))
}

export async function changeRoleAction(_prev: FormResult, formData: FormData): Promise<FormResult> {
  // "Only admins can change this.", or a suspended admin told that their powers are paused: the guard's own words.
  return answer(formData, async () => {
    const admin = await requireAdmin()
    const result = await changeUserRole(admin, fields(formData, 'userId', 'role', 'reason'))
    if (!result.ok) return failed(result.message, formData, result.fieldErrors)
    revalidatePath(paths.adminUsers())
    return succeeded(`${result.handle} is now ${result.role.toLowerCase()}.`)
  })
}
