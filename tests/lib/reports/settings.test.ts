import { describe, expect, it } from 'vitest'
import { ForbiddenError } from '@/lib/api/errors'
import { db } from '@/lib/db'
import { AUTO_HIDE_SETTING_KEY, getAutoHideThreshold, setAutoHideThreshold } from '@/lib/reports/settings'
import { createUser } from '../../factories'

// The tests of this file share one database and run in order.
describe('auto-hide threshold setting', () => {
  it('is 3 until an admin sets it', async () => {
    expect(await getAutoHideThreshold()).toBe(3)
  })

  it('an admin sets it, and the change is in the audit log with from and to', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    await setAutoHideThreshold(6, admin.id)
    expect(await getAutoHideThreshold()).toBe(6)
    await setAutoHideThreshold(4, admin.id)
    expect(await getAutoHideThreshold()).toBe(4)
    const log = await db.moderationAction.findMany({ where: { action: 'SETTING_CHANGE' }, orderBy: { id: 'asc' }, select: { actorId: true, details: true, reason: true } })
    expect(log.map((entry) => [entry.actorId, entry.details])).toEqual([
      [admin.id, { key: AUTO_HIDE_SETTING_KEY, from: 3, to: 6 }],
      [admin.id, { key: AUTO_HIDE_SETTING_KEY, from: 6, to: 4 }],
    ])
    expect(log[1]?.reason).toMatch(/4 members/)
    // Setting the same value again changes nothing and logs nothing.
    await setAutoHideThreshold(4, admin.id)
    expect(await db.moderationAction.count({ where: { action: 'SETTING_CHANGE' } })).toBe(2)
  })

  it('refuses values outside 2 to 20, and anyone but an admin', async () => {
    const admin = await createUser({ role: 'ADMIN' })
    const moderator = await createUser({ role: 'MODERATOR' })
    for (const bad of [1, 21, 2.5, Number.NaN]) await expect(setAutoHideThreshold(bad, admin.id)).rejects.toBeInstanceOf(RangeError)
    await expect(setAutoHideThreshold(5, moderator.id)).rejects.toBeInstanceOf(ForbiddenError)
    await expect(setAutoHideThreshold(5, 'no-such-user')).rejects.toBeInstanceOf(ForbiddenError)
    expect(await getAutoHideThreshold()).toBe(4)
  })

  it('falls back to the default when the stored value is not a valid threshold', async () => {
    await db.setting.update({ where: { key: AUTO_HIDE_SETTING_KEY }, data: { value: 'many' } })
    expect(await getAutoHideThreshold()).toBe(3)
    await db.setting.update({ where: { key: AUTO_HIDE_SETTING_KEY }, data: { value: 1 } })
    expect(await getAutoHideThreshold()).toBe(3)
  })
})
