// The authorization matrix: every server action and route handler the source declares
// (./inventory.ts finds them), with the access rule it must enforce and a scenario that calls it
// for real. ./run.ts turns each rule into cases: anonymous, another member on someone else's
// object, an under-privileged role, a thread the caller cannot see, a foreign Origin, a forged
// token — each must be refused and leave the database as it was — and the rightful caller once,
// which must succeed (so each refusal is about who asked, not about a broken call).
//
// A new action or handler fails inventory.test.ts until it has an entry here.
import crypto from 'node:crypto'
import { UnauthorizedError } from '@/lib/api/errors'
import { db } from '@/lib/db'
import type { Role } from '@/lib/generated/prisma/enums'
import { createComment, createStory, createTag, createUser } from '../../factories'
import { RedirectSignal, form } from './mocks'

/**
 * What an entry requires of its caller. An entry with several guards must satisfy all of them.
 * - signed-in: any account, whatever its status (settings, bookmarks, export)
 * - participant: not suspended or banned (posting, replying, reacting, reporting)
 * - owner: acts only on the caller's own object; another member's id changes nothing
 * - visible: acts only on threads the caller can see (a hidden thread is not there for them)
 * - moderator / admin: the role (moderators in good standing: add participant)
 * - same-origin: a JSON endpoint acting with the session cookie refuses a foreign Origin
 * - token: possession of a mailed single-use token is the authorization
 */
export type Guard = 'signed-in' | 'participant' | 'owner' | 'visible' | 'moderator' | 'admin' | 'same-origin' | 'token'
export type Access = 'public' | readonly Guard[]

/** How a call ended, whatever the entry's contract (form state, redirect, HTTP status). */
export type Verdict = 'ok' | 'sign-in' | 'refused' | 'invalid'
export interface Outcome {
  verdict: Verdict
  detail: string
}

export interface CallOptions {
  /** Sent from another site (Origin of a stranger's page). */
  foreignOrigin?: boolean
  /** A made-up token instead of the mailed one. */
  forgedToken?: boolean
}

export interface TestUser {
  id: string
  handle: string
  email: string
  role: Role
}

export type Endpoint = (...args: unknown[]) => Promise<unknown>

export interface Scenario<S> {
  /** Who may call it: a role, or 'anonymous' for public and token-guarded entries. */
  rightful: Role | 'anonymous'
  /** Accounts get a real password (PASSWORD): for actions that ask for it. */
  needsPassword?: boolean
  /**
   * Builds what the call acts on, for `actor` (the rightful caller; null when anonymous).
   * With `hidden`, the thread involved is one the actor cannot see (for the 'visible' guard).
   */
  setup(actor: TestUser | null, options: { hidden: boolean }): Promise<S>
  call(endpoint: Endpoint, state: S, options: CallOptions): Promise<Outcome>
  /** The rows the call may change: a refusal must leave them exactly as they were. */
  snapshot(state: S): Promise<unknown>
  /** Success changes nothing in the database (reads, previews, answers that must not differ). */
  readOnly?: boolean
  /**
   * For 'owner' entries that take no object id from the client (settings, export, "mark all
   * read"): another member's call acts on their own data and may succeed; the owner's rows
   * must stay unchanged and nothing of theirs may appear in the answer (`secret`).
   */
  strangerGets?: 'refused' | 'own-data'
  secret?(state: S): string
}

export type Group = 'content' | 'staff' | 'accounts' | 'routes'

export interface MatrixEntry {
  file: string
  name: string
  access: Access
  group: Group
  /** Why this rule: the contract in a few words. */
  rule: string
  scenario?: Scenario<unknown>
  /** When the entry cannot be called in-process, where it is covered instead. */
  coveredElsewhere?: string
  /**
   * Holes found and reported but not fixed here: their cases run as expected failures, so the
   * fix makes them fail until the marker is removed.
   */
  knownGaps?: { guard: Guard; reported: string }[]
}

export const PASSWORD = 'a long test password'
const DAY = 86_400_000

// ---------------------------------------------------------------- classifying answers

/** Every "please sign in" answer the actions give (their contract for an anonymous caller). */
const SIGN_IN_MESSAGES = new Set([
  'Please sign in first: your text is kept here.', // lib/form-failure.ts SIGN_IN_FIRST_MESSAGE
  'Please sign in to report something.',
  'Your session has ended: please sign in again.',
  'Sign in to preview.',
  new UnauthorizedError().message,
])

interface StateLike {
  status?: string
  message?: string
  error?: string
  fieldErrors?: Record<string, unknown>
}

/** A form action's answer: success is `isOk(result)`; a redirect to sign-in is sign-in. */
async function formCall(run: () => Promise<unknown>, isOk: (result: StateLike) => boolean): Promise<Outcome> {
  let result: StateLike
  try {
    result = ((await run()) ?? {}) as StateLike
  } catch (error) {
    if (error instanceof RedirectSignal) return { verdict: error.url.startsWith('/signin') ? 'sign-in' : 'ok', detail: `redirect ${error.url}` }
    throw error
  }
  const detail = JSON.stringify(result)
  if (isOk(result)) return { verdict: 'ok', detail }
  const message = result.message ?? result.error
  if (message && SIGN_IN_MESSAGES.has(message)) return { verdict: 'sign-in', detail }
  if (result.fieldErrors && Object.keys(result.fieldErrors).length) return { verdict: 'invalid', detail }
  return { verdict: 'refused', detail }
}

/** Every form action answers a FormResult (lib/forms.ts): success is its status. */
const succeeded = (result: StateLike) => result.status === 'success'

/** A route handler's answer by status; a 5xx is never an authorization answer, so it throws. */
async function responseCall(run: () => Promise<unknown>): Promise<Outcome> {
  const response = (await run()) as Response
  const body = await response.text()
  const detail = `${response.status} ${body}`
  if (response.status >= 500) throw new Error(`server error: ${detail}`)
  if (response.status < 400) return { verdict: 'ok', detail }
  if (response.status === 401) return { verdict: 'sign-in', detail }
  if ([400, 415, 422].includes(response.status)) return { verdict: 'invalid', detail }
  return { verdict: 'refused', detail }
}

// ---------------------------------------------------------------- building blocks

const unique = (prefix: string) => `${prefix}${crypto.randomBytes(4).toString('hex')}`

/** Another member's thread: visible, or hidden by the moderators (only they and the author see it). */
async function someoneElsesStory(hidden: boolean) {
  const author = await createUser()
  const intervention = await createTag({ kind: 'INTERVENTION' })
  const story = await createStory({ authorId: author.id, status: hidden ? 'HIDDEN' : 'VISIBLE', tried: [{ tag: intervention, outcome: 'HELPED' }] })
  return { author, story }
}

async function ownStory(actor: TestUser) {
  const intervention = await createTag({ kind: 'INTERVENTION' })
  return createStory({ authorId: actor.id, tried: [{ tag: intervention, outcome: 'HELPED' }] })
}

const need = (actor: TestUser | null): TestUser => {
  if (!actor) throw new Error('this scenario needs a signed-in rightful caller')
  return actor
}

function scenario<S>(definition: Scenario<S>): Scenario<unknown> {
  return definition as Scenario<unknown>
}

const origin = 'http://localhost:3000'

function jsonRequest(url: string, payload: unknown, options: CallOptions): Request {
  return new Request(`${origin}${url}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: options.foreignOrigin ? 'https://evil.example' : origin,
      host: 'localhost:3000',
      cookie: 'next-auth.session-token=x',
    },
    body: JSON.stringify(payload),
  })
}

const get = (url: string) => new Request(`${origin}${url}`, { headers: { host: 'localhost:3000' } })
const params = <P>(value: P) => ({ params: Promise.resolve(value) })

// ---------------------------------------------------------------- the matrix

const STORIES = 'lib/stories/actions.ts'
const COMMENTS = 'lib/comments/actions.ts'
const ACCOUNTS = 'lib/accounts/actions.ts'
const DEFENCES = 'lib/defences/actions.ts'
const NOTIFICATIONS = 'lib/notifications/actions.ts'

/**
 * A private mark on a post (bookmark, follow), set with { postId, active }. Visible thread: the
 * member removes their own mark (a stranger's "remove" must not touch it). Hidden thread: the
 * member tries to mark a thread they cannot see.
 */
function postMarkScenario(model: 'bookmark' | 'threadSubscription'): Scenario<unknown> {
  const marks = (userId: string, postId: number) =>
    model === 'bookmark' ? db.bookmark.count({ where: { userId, postId } }) : db.threadSubscription.count({ where: { userId, postId } })
  return scenario({
    rightful: 'MEMBER',
    strangerGets: 'own-data',
    async setup(actor, { hidden }) {
      const { story } = await someoneElsesStory(hidden)
      const data = { userId: need(actor).id, postId: story.id }
      if (!hidden) await (model === 'bookmark' ? db.bookmark.create({ data }) : db.threadSubscription.create({ data }))
      return { actor: need(actor), story, active: hidden ? 'true' : 'false' }
    },
    call: (setMark, { story, active }) => formCall(() => setMark({}, form({ postId: story.id, active })), succeeded),
    snapshot: ({ actor, story }) => marks(actor.id, story.id),
  })
}

export const MATRIX: MatrixEntry[] = [
  // -------------------------------------------------------------- stories
  {
    file: STORIES,
    name: 'createStory',
    access: ['participant'],
    group: 'content',
    rule: 'members in good standing post stories',
    scenario: scenario({
      rightful: 'MEMBER',
      async setup() {
        return { condition: await createTag({ kind: 'CONDITION' }), intervention: await createTag({ kind: 'INTERVENTION' }) }
      },
      call: (createStoryAction, { condition, intervention }) =>
        formCall(
          () =>
            createStoryAction(
              {},
              form({
                kind: 'STORY',
                title: 'Zinc calmed my skin down',
                body: 'Twelve weeks of zinc, and my skin is calmer than it has been for years.',
                conditionIds: condition.id,
                'tried.0.tagId': intervention.id,
                'tried.0.outcome': 'HELPED',
                skinNow: 'BETTER',
                visibility: 'PUBLIC',
              }),
            ),
          succeeded,
        ),
      snapshot: () => db.post.count(),
    }),
  },
  {
    file: STORIES,
    name: 'editStory',
    access: ['participant', 'owner'],
    group: 'content',
    rule: 'only the author edits a story',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (actor) => ownStory(need(actor)),
      call: (editStory, story) =>
        formCall(
          () => editStory({}, form({ postId: story.id, title: 'An edited title for this story', body: 'An edited body, long enough to be a story.', visibility: 'PUBLIC' })),
          succeeded,
        ),
      snapshot: (story) => db.post.findUnique({ where: { id: story.id }, select: { title: true, body: true, visibility: true, editedAt: true } }),
    }),
  },
  {
    file: STORIES,
    name: 'deleteStory',
    access: ['participant', 'owner'],
    group: 'content',
    rule: 'only the author deletes a story',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (actor) => ownStory(need(actor)),
      call: (deleteStory, story) => formCall(() => deleteStory({}, form({ postId: story.id })), succeeded),
      snapshot: (story) => db.post.findUnique({ where: { id: story.id }, select: { deletedAt: true } }),
    }),
  },
  {
    file: STORIES,
    name: 'addStoryUpdate',
    access: ['participant', 'owner'],
    group: 'content',
    rule: 'only the author adds a follow-up',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (actor) => ownStory(need(actor)),
      call: (addStoryUpdate, story) =>
        formCall(() => addStoryUpdate({}, form({ postId: story.id, body: 'Three more weeks on, and my skin is still calm.' })), succeeded),
      snapshot: (story) => db.storyUpdate.findMany({ where: { postId: story.id }, select: { id: true } }),
    }),
  },
  {
    file: 'lib/stories/preview.ts',
    name: 'previewMarkdown',
    access: ['signed-in'],
    group: 'content',
    rule: 'members preview what they write; not a public renderer',
    scenario: scenario({
      rightful: 'MEMBER',
      readOnly: true,
      setup: async () => null,
      call: (previewMarkdown) => formCall(() => previewMarkdown('**Zinc** helped'), (result) => !result.error && Boolean((result as { html?: string }).html)),
      snapshot: async () => null,
    }),
  },

  // -------------------------------------------------------------- replies
  {
    file: COMMENTS,
    name: 'createComment',
    access: ['participant', 'visible'],
    group: 'content',
    rule: 'members in good standing reply to threads they can read',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (_actor, { hidden }) => (await someoneElsesStory(hidden)).story,
      call: (createCommentAction, story) => formCall(() => createCommentAction({}, form({ postId: story.id, body: 'Zinc helped me too, thank you for writing this.' })), succeeded),
      snapshot: (story) => db.comment.findMany({ where: { postId: story.id }, select: { id: true } }),
    }),
  },
  {
    file: COMMENTS,
    name: 'editComment',
    access: ['participant', 'owner'],
    group: 'content',
    rule: 'only the author edits a reply',
    scenario: scenario({
      rightful: 'MEMBER',
      async setup(actor) {
        const { story } = await someoneElsesStory(false)
        return createComment({ postId: story.id, authorId: need(actor).id, body: 'The reply as first written.' })
      },
      call: (editComment, comment) => formCall(() => editComment({}, form({ commentId: comment.id, body: 'The reply as edited, long enough.' })), succeeded),
      snapshot: (comment) => db.comment.findUnique({ where: { id: comment.id }, select: { body: true, editedAt: true } }),
    }),
  },
  {
    file: COMMENTS,
    name: 'deleteComment',
    access: ['participant', 'owner'],
    group: 'content',
    rule: 'only the author deletes a reply',
    scenario: scenario({
      rightful: 'MEMBER',
      async setup(actor) {
        const { story } = await someoneElsesStory(false)
        return createComment({ postId: story.id, authorId: need(actor).id })
      },
      call: (deleteComment, comment) => formCall(() => deleteComment({}, form({ commentId: comment.id })), succeeded),
      snapshot: (comment) => db.comment.findUnique({ where: { id: comment.id }, select: { deletedAt: true } }),
    }),
  },

  // -------------------------------------------------------------- private marks and notifications
  {
    file: 'lib/bookmarks/actions.ts',
    name: 'setBookmark',
    access: ['signed-in', 'owner', 'visible'],
    group: 'content',
    rule: 'a member sets only their own bookmarks, on threads they can see',
    scenario: postMarkScenario('bookmark'),
  },
  {
    file: NOTIFICATIONS,
    name: 'setThreadFollow',
    access: ['signed-in', 'owner', 'visible'],
    group: 'content',
    rule: 'a member follows or unfollows only for themselves, threads they can see',
    scenario: postMarkScenario('threadSubscription'),
  },
  {
    file: NOTIFICATIONS,
    name: 'markNotificationsRead',
    access: ['signed-in', 'owner'],
    group: 'content',
    rule: 'a member marks only their own notifications read',
    scenario: scenario({
      rightful: 'MEMBER',
      strangerGets: 'own-data',
      setup: (actor) => db.notification.create({ data: { userId: need(actor).id, kind: 'MOD_ACTION', message: 'Your story was pinned.' }, select: { id: true } }),
      call: (markNotificationsRead, notification) => formCall(() => markNotificationsRead({}, form({ id: notification.id })), (result) => succeeded(result) && (result as { data?: { marked?: number } }).data?.marked === 1),
      snapshot: (notification) => db.notification.findUnique({ where: { id: notification.id }, select: { readAt: true } }),
    }),
  },
  {
    file: 'lib/reactions/actions.ts',
    name: 'setReaction',
    access: ['participant', 'visible'],
    group: 'content',
    rule: 'members in good standing react to what they can read',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (_actor, { hidden }) => (await someoneElsesStory(hidden)).story,
      call: (setReaction, story) =>
        formCall(() => setReaction({}, form({ target: 'post', id: story.id, kind: 'HELPFUL', active: 'true' })), succeeded),
      snapshot: (story) => db.post.findUnique({ where: { id: story.id }, select: { helpfulCount: true, reactions: { select: { userId: true } } } }),
    }),
  },
  {
    file: 'lib/reports/actions.ts',
    name: 'reportContent',
    access: ['participant', 'visible'],
    group: 'content',
    rule: 'members in good standing report what they can read',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (_actor, { hidden }) => (await someoneElsesStory(hidden)).story,
      call: (reportContent, story) => formCall(() => reportContent({ status: 'idle' }, form({ type: 'post', id: story.id, reason: 'SPAM', note: '' })), succeeded),
      snapshot: (story) => db.report.findMany({ where: { postId: story.id }, select: { id: true } }),
    }),
  },

  // -------------------------------------------------------------- moderators and admins
  {
    file: 'lib/moderation/actions.ts',
    name: 'moderate',
    access: ['moderator', 'participant'],
    group: 'staff',
    rule: 'moderators in good standing (every verb × role: tests/lib/moderation/permissions.test.ts)',
    scenario: scenario({
      rightful: 'MODERATOR',
      setup: async () => (await someoneElsesStory(false)).story,
      call: (moderate, story) =>
        formCall(() => moderate({ status: 'idle' }, form({ action: 'HIDE', targetType: 'POST', targetId: story.id, reason: 'Off topic', privateNote: '', confirm: 'on' })), succeeded),
      snapshot: async (story) => ({
        post: await db.post.findUnique({ where: { id: story.id }, select: { status: true } }),
        audit: await db.moderationAction.count({ where: { postId: story.id } }),
      }),
    }),
  },
  {
    file: DEFENCES,
    name: 'addBannedTermAction',
    access: ['admin', 'participant'],
    group: 'staff',
    rule: 'admins in good standing (a suspended admin cannot moderate either)',
    scenario: scenario({
      rightful: 'ADMIN',
      setup: async () => ({ value: unique('spamword') }),
      call: (addBannedTerm, { value }) => formCall(() => addBannedTerm({ status: 'idle' }, form({ kind: 'WORD', value })), succeeded),
      snapshot: ({ value }) => db.bannedTerm.count({ where: { value } }),
    }),
  },
  {
    file: DEFENCES,
    name: 'removeBannedTermAction',
    access: ['admin', 'participant'],
    group: 'staff',
    rule: 'admins in good standing (a suspended admin cannot moderate either)',
    scenario: scenario({
      rightful: 'ADMIN',
      setup: () => db.bannedTerm.create({ data: { kind: 'WORD', value: unique('spamword') }, select: { id: true } }),
      call: (removeBannedTerm, term) => formCall(() => removeBannedTerm({ status: 'idle' }, form({ id: term.id })), succeeded),
      snapshot: (term) => db.bannedTerm.count({ where: { id: term.id } }),
    }),
  },
  {
    file: 'lib/reports/actions.ts',
    name: 'setAutoHideThresholdAction',
    access: ['admin', 'participant'],
    group: 'staff',
    rule: 'admins in good standing (a suspended admin cannot moderate either)',
    scenario: scenario({
      rightful: 'ADMIN',
      async setup() {
        const { getAutoHideThreshold } = await import('@/lib/reports/settings')
        return { threshold: (await getAutoHideThreshold()) === 7 ? 8 : 7 }
      },
      call: (setThreshold, { threshold }) => formCall(() => setThreshold({ status: 'idle' }, form({ threshold })), succeeded),
      snapshot: () => db.setting.findMany({ select: { key: true, value: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'changeRoleAction',
    access: ['admin', 'participant'],
    group: 'staff',
    rule: 'admins in good standing',
    scenario: scenario({
      rightful: 'ADMIN',
      setup: () => createUser(),
      call: (changeRole, target) => formCall(() => changeRole({ status: 'idle' }, form({ userId: target.id, role: 'MODERATOR', reason: '' })), succeeded),
      snapshot: (target) => db.user.findUnique({ where: { id: target.id }, select: { role: true, sessionVersion: true } }),
    }),
  },

  // -------------------------------------------------------------- accounts
  {
    file: ACCOUNTS,
    name: 'signUpAction',
    access: 'public',
    group: 'accounts',
    rule: 'anyone signs up',
    scenario: scenario({
      rightful: 'anonymous',
      // Its answer is the same for a taken address (issue 12 #5): the database is what changes.
      setup: async () => ({ handle: unique('new_'), email: `${unique('new')}@example.test` }),
      call: (signUp, { handle, email }) => formCall(() => signUp({ status: 'idle' }, form({ handle, email, password: PASSWORD, consent: 'on' })), succeeded),
      snapshot: ({ email }) => db.user.count({ where: { email } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'startOAuthSignUpAction',
    access: 'public',
    group: 'accounts',
    rule: 'anyone records consent before an OAuth sign-up (a cookie; nothing stored)',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: async () => null,
      call: (start) => formCall(() => start({ status: 'idle' }, form({ consent: 'on', provider: 'github' })), succeeded),
      snapshot: async () => null,
    }),
  },
  {
    file: ACCOUNTS,
    name: 'forgotPasswordAction',
    access: 'public',
    group: 'accounts',
    rule: 'anyone asks for a reset link; the answer is the same for every address',
    scenario: scenario({
      rightful: 'anonymous',
      // What it stores is the lead's (issue 12 #5, #6): here only that anyone gets an answer.
      readOnly: true,
      setup: async () => ({ email: `${unique('nobody')}@example.test` }),
      call: (forgot, { email }) => formCall(() => forgot({ status: 'idle' }, form({ email })), succeeded),
      snapshot: async () => null,
    }),
  },
  {
    file: ACCOUNTS,
    name: 'resetPasswordAction',
    access: ['token'],
    group: 'accounts',
    rule: 'the mailed reset token, and only it, sets a new password',
    scenario: scenario({
      rightful: 'anonymous',
      async setup() {
        const { hashPassword } = await import('@/lib/accounts/password')
        const { issueEmailToken } = await import('@/lib/accounts/tokens')
        const user = await createUser({ passwordHash: await hashPassword(PASSWORD) })
        return { user, token: await issueEmailToken(user.id, 'RESET_PASSWORD') }
      },
      call: (resetPassword, { token }, { forgedToken }) =>
        formCall(() => resetPassword({ status: 'idle' }, form({ token: forgedToken ? 'forged-token-0000' : token, password: 'a brand new password', confirm: 'a brand new password' })), succeeded),
      snapshot: ({ user }) => db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'confirmEmailAction',
    access: ['token'],
    group: 'accounts',
    rule: 'the mailed confirmation token, and only it, confirms an address',
    scenario: scenario({
      rightful: 'anonymous',
      async setup() {
        const { issueEmailToken } = await import('@/lib/accounts/tokens')
        const user = await createUser()
        return { user, token: await issueEmailToken(user.id, 'VERIFY_EMAIL') }
      },
      call: (confirmEmail, { token }, { forgedToken }) => formCall(() => confirmEmail({ status: 'idle' }, form({ token: forgedToken ? 'forged-token-0000' : token })), succeeded),
      snapshot: ({ user }) => db.user.findUnique({ where: { id: user.id }, select: { emailVerifiedAt: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'resendVerificationAction',
    access: ['signed-in'],
    group: 'accounts',
    rule: 'a member asks for a new link to their own address',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (actor) => need(actor),
      call: (resend) => formCall(() => resend({ status: 'idle' }, form({})), succeeded),
      snapshot: (actor) => db.emailToken.count({ where: { userId: actor.id } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'updateProfileAction',
    access: ['participant', 'owner'],
    group: 'accounts',
    rule: 'a member in good standing edits only their own profile (no id is taken from the form)',
    scenario: scenario({
      rightful: 'MEMBER',
      strangerGets: 'own-data',
      setup: async (actor) => need(actor),
      call: (updateProfile, actor) => formCall(() => updateProfile({ status: 'idle' }, form({ bio: 'Eczema since I was ten.', userId: actor.id, handle: actor.handle })), succeeded),
      snapshot: (actor) => db.user.findUnique({ where: { id: actor.id }, select: { bio: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'changeHandleAction',
    access: ['signed-in', 'owner'],
    group: 'accounts',
    rule: 'a member changes only their own handle',
    scenario: scenario({
      rightful: 'MEMBER',
      strangerGets: 'own-data',
      setup: async (actor) => ({ actor: need(actor), handle: unique('renamed_') }),
      call: (changeHandle, { actor, handle }) => formCall(() => changeHandle({ status: 'idle' }, form({ handle, userId: actor.id })), succeeded),
      snapshot: ({ actor }) => db.user.findUnique({ where: { id: actor.id }, select: { handle: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'changeEmailAction',
    access: ['signed-in', 'owner'],
    group: 'accounts',
    rule: 'a member changes only their own address, with their password',
    scenario: scenario({
      rightful: 'MEMBER',
      needsPassword: true,
      strangerGets: 'own-data',
      setup: async (actor) => ({ actor: need(actor), email: `${unique('moved')}@example.test` }),
      call: (changeEmail, { actor, email }) => formCall(() => changeEmail({ status: 'idle' }, form({ email, password: PASSWORD, userId: actor.id })), succeeded),
      snapshot: ({ actor }) => db.user.findUnique({ where: { id: actor.id }, select: { email: true, emailTokens: { select: { id: true } } } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'changePasswordAction',
    access: ['signed-in', 'owner'],
    group: 'accounts',
    rule: 'a member changes only their own password, with the current one',
    scenario: scenario({
      rightful: 'MEMBER',
      needsPassword: true,
      strangerGets: 'own-data',
      setup: async (actor) => need(actor),
      call: (changePassword, actor) =>
        formCall(() => changePassword({ status: 'idle' }, form({ currentPassword: PASSWORD, password: 'another long password', confirm: 'another long password', userId: actor.id })), succeeded),
      snapshot: (actor) => db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, sessionVersion: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'updateNotificationsAction',
    access: ['signed-in', 'owner'],
    group: 'accounts',
    rule: 'a member sets only their own notification preferences',
    scenario: scenario({
      rightful: 'MEMBER',
      strangerGets: 'own-data',
      setup: async (actor) => need(actor),
      // Unticked boxes are absent: this turns every notification off.
      call: (updateNotifications, actor) => formCall(() => updateNotifications({ status: 'idle' }, form({ userId: actor.id })), succeeded),
      snapshot: (actor) =>
        db.user.findUnique({ where: { id: actor.id }, select: { notifyReplies: true, notifyMentions: true, notifyFollowed: true, emailNotifications: true } }),
    }),
  },
  {
    file: ACCOUNTS,
    name: 'deleteAccountAction',
    access: ['signed-in', 'owner'],
    group: 'accounts',
    rule: 'a member deletes only their own account, with their password',
    scenario: scenario({
      rightful: 'MEMBER',
      needsPassword: true,
      strangerGets: 'own-data',
      setup: async (actor) => need(actor),
      call: (deleteAccount, actor) => formCall(() => deleteAccount({ status: 'idle' }, form({ password: PASSWORD, mode: 'anonymise', userId: actor.id })), succeeded),
      snapshot: (actor) => db.user.count({ where: { id: actor.id } }),
    }),
  },

  // -------------------------------------------------------------- route handlers
  {
    file: 'app/(forum)/notifications/count/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'anyone asks; the count is the caller’s own (zero when signed out)',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: async () => null,
      call: (GET) => responseCall(() => GET()),
      snapshot: async () => null,
    }),
  },
  {
    file: 'app/api/account/export/route.ts',
    name: 'GET',
    access: ['signed-in', 'owner'],
    group: 'routes',
    rule: 'a member downloads only their own data',
    scenario: scenario({
      rightful: 'MEMBER',
      readOnly: true,
      strangerGets: 'own-data',
      setup: async (actor) => need(actor),
      call: (GET) => responseCall(() => GET()),
      snapshot: async () => null,
      secret: (actor) => actor.email,
    }),
  },
  {
    file: 'app/api/auth/[...nextauth]/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'next-auth: sessions, CSRF token, providers',
    coveredElsewhere: 'next-auth reads next/headers with require(), outside a test’s mocks: tests/e2e/accounts.e2e.test.ts drives it over HTTP',
  },
  {
    file: 'app/api/auth/[...nextauth]/route.ts',
    name: 'POST',
    access: 'public',
    group: 'routes',
    rule: 'next-auth: sign-in (under the sign-in throttle) and sign-out',
    coveredElsewhere: 'next-auth reads next/headers with require(), outside a test’s mocks: tests/e2e/accounts.e2e.test.ts and the sign-in abuse suite drive it over HTTP',
  },
  {
    file: 'app/api/health/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'load balancers: status only',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: async () => null,
      call: (GET) => responseCall(() => GET()),
      snapshot: async () => null,
    }),
  },
  {
    file: 'app/api/insights/[condition]/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'public numbers',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: () => createTag({ kind: 'CONDITION' }),
      call: (GET, tag) => responseCall(() => GET(get(`/api/insights/${tag.slug}`), params({ condition: tag.slug }))),
      snapshot: async () => null,
    }),
  },
  {
    file: 'app/api/stories/[id]/comments/route.ts',
    name: 'POST',
    access: ['same-origin', 'participant', 'visible'],
    group: 'routes',
    rule: 'the reply form’s rules over JSON, from this site only',
    scenario: scenario({
      rightful: 'MEMBER',
      setup: async (_actor, { hidden }) => (await someoneElsesStory(hidden)).story,
      call: (POST, story, options) =>
        responseCall(() => POST(jsonRequest(`/api/stories/${story.id}/comments`, { body: 'Zinc helped me too, thank you for this.' }, options), params({ id: String(story.id) }))),
      snapshot: (story) => db.comment.findMany({ where: { postId: story.id }, select: { id: true } }),
    }),
  },
  {
    file: 'app/api/stories/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'the public story list',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: async () => null,
      call: (GET) => responseCall(() => GET(get('/api/stories'))),
      snapshot: async () => null,
    }),
  },
  {
    file: 'app/feeds/stories.xml/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'the public feed',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: async () => null,
      call: (GET) => responseCall(() => GET(get('/feeds/stories.xml'))),
      snapshot: async () => null,
    }),
  },
  {
    file: 'app/feeds/tags/[file]/route.ts',
    name: 'GET',
    access: 'public',
    group: 'routes',
    rule: 'the public feed of a tag',
    scenario: scenario({
      rightful: 'anonymous',
      readOnly: true,
      setup: () => createTag({ kind: 'CONDITION' }),
      call: (GET, tag) => responseCall(() => GET(get(`/feeds/tags/${tag.slug}.xml`), params({ file: `${tag.slug}.xml` }))),
      snapshot: async () => null,
    }),
  },
]

/** Ages an account past the new-account rules, so links and limits do not get in the way. */
export async function settle(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { createdAt: new Date(Date.now() - 30 * DAY), approvedPostCount: 10 } })
}

export const DAY_MS = DAY
