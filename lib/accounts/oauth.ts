// GitHub and Google accounts, linked to a WhatHelped user. A new one becomes a member with a
// handle made from the provider's username; its email is not stored (sign-in goes through the
// provider), and its consent comes from the sign-up form, which sets OAUTH_CONSENT_COOKIE.
import 'server-only'
import crypto from 'node:crypto'
import { db } from '../db'
import { HEALTH_POLICY_VERSION } from './constants'
import { HANDLE_MAX_LENGTH, HANDLE_MIN_LENGTH, handleKey, isReservedHandle } from './policies'

export const OAUTH_CONSENT_COOKIE = 'wh-oauth-consent'
export const OAUTH_CONSENT_MAX_AGE_SECONDS = 600

export async function hasOAuthLink(provider: string, providerAccountId: string): Promise<boolean> {
  const link = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, select: { id: true } })
  return link !== null
}

/** A free handle from a provider's username or name: cleaned, shortened, suffixed if taken. */
export async function handleFromProfile(profile: { login?: unknown; name?: unknown }): Promise<string> {
  const raw = String(profile.login ?? profile.name ?? 'member')
  let base = raw.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, HANDLE_MAX_LENGTH - 5)
  if (base.length < HANDLE_MIN_LENGTH || isReservedHandle(base)) base = 'member'
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = attempt === 0 ? base : `${base}-${crypto.randomInt(1000, 10000)}`
    const key = handleKey(candidate)
    const [user, redirect] = await Promise.all([
      db.user.findUnique({ where: { handleKey: key }, select: { id: true } }),
      db.handleRedirect.findUnique({ where: { handleKey: key }, select: { userId: true } }),
    ])
    if (!user && !redirect) return candidate
  }
  return `member-${crypto.randomBytes(4).toString('hex')}`
}

export async function findOrCreateOAuthUser(provider: string, providerAccountId: string, profile: { login?: unknown; name?: unknown }) {
  const select = { id: true, handle: true, role: true, sessionVersion: true } as const
  const link = await db.account.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select } },
  })
  if (link) return link.user
  const handle = await handleFromProfile(profile)
  return db.user.create({
    data: {
      handle,
      handleKey: handleKey(handle),
      accounts: { create: { type: 'oauth', provider, providerAccountId } },
      consents: { create: { kind: 'HEALTH_DATA', policyVersion: HEALTH_POLICY_VERSION } },
    },
    select,
  })
}
