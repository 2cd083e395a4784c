// The auto-hide threshold: how many distinct members' open reports hide a story or reply until
// a moderator reviews it. Kept in the Setting table so admins change it without a deploy; every
// change is in the moderation audit log. Not a server action module: callers guard first
// (the admin form's action with requireAdmin), and the setter checks the actor again.
import 'server-only'
import { ForbiddenError } from '../api/errors'
import { isAdmin } from '../roles'
import { db } from '../db'
import type { Prisma } from '../generated/prisma/client'
import { AUTO_HIDE_THRESHOLD_MAX, AUTO_HIDE_THRESHOLD_MIN, DEFAULT_AUTO_HIDE_THRESHOLD, isValidAutoHideThreshold } from './policies'

export const AUTO_HIDE_SETTING_KEY = 'moderation.autoHideThreshold'

type SettingReader = Pick<Prisma.TransactionClient, 'setting'>

/** The stored value when it is a valid threshold, else the default. */
function readThreshold(value: Prisma.JsonValue | undefined): number {
  return isValidAutoHideThreshold(value) ? value : DEFAULT_AUTO_HIDE_THRESHOLD
}

/** The current threshold (default 3). Pass a transaction to read it inside one. */
export async function getAutoHideThreshold(client: SettingReader = db): Promise<number> {
  const row = await client.setting.findUnique({ where: { key: AUTO_HIDE_SETTING_KEY }, select: { value: true } })
  return readThreshold(row?.value)
}

/**
 * Sets the threshold (a whole number from 2 to 20) and records who changed it from what.
 * Throws RangeError for a value out of range and ForbiddenError unless `actorId` is an admin.
 */
export async function setAutoHideThreshold(n: number, actorId: string): Promise<void> {
  if (!isValidAutoHideThreshold(n)) {
    throw new RangeError(`The auto-hide threshold is a whole number from ${AUTO_HIDE_THRESHOLD_MIN} to ${AUTO_HIDE_THRESHOLD_MAX}`)
  }
  await db.$transaction(async (tx) => {
    const actor = await tx.user.findUnique({ where: { id: actorId }, select: { role: true } })
    if (!actor || !isAdmin(actor)) throw new ForbiddenError('Admins only')
    // Locks the row (when there is one) so two admins' changes are logged with the right "from".
    const rows = await tx.$queryRaw<{ value: Prisma.JsonValue }[]>`
      SELECT value FROM "Setting" WHERE key = ${AUTO_HIDE_SETTING_KEY} FOR UPDATE`
    const from = readThreshold(rows[0]?.value)
    if (rows.length && from === n) return
    await tx.setting.upsert({
      where: { key: AUTO_HIDE_SETTING_KEY },
      create: { key: AUTO_HIDE_SETTING_KEY, value: n },
      update: { value: n },
    })
    await tx.moderationAction.create({
      data: {
        actorId,
        action: 'SETTING_CHANGE',
        reason: `Stories and replies are now hidden for review after reports from ${n} members`,
        details: { key: AUTO_HIDE_SETTING_KEY, from, to: n },
      },
    })
  })
}
