// Role changes by admins: audited, and the member's sessions are re-issued with the new role.
import 'server-only'
import { zodFieldErrors } from '../forms'
import { db } from '../db'
import type { Role } from '../generated/prisma/enums'
import type { Result } from '../forms'
import { canChangeRole } from './policies'
import { changeRoleSchema } from './schemas'

export async function changeUserRole(actor: { id: string; role: Role }, input: unknown): Promise<Result<{ handle: string; role: Role }>> {
  const parsed = changeRoleSchema.safeParse(input)
  if (!parsed.success) return { ok: false, message: 'Please correct the fields marked below.', fieldErrors: zodFieldErrors(parsed.error) }
  const { userId, role, reason } = parsed.data
  if (!canChangeRole(actor, { id: userId })) return { ok: false, message: 'You cannot change your own role.' }
  return db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { handle: true, role: true } })
    if (!target) return { ok: false as const, message: 'That account no longer exists.' }
    if (target.role === role) return { ok: false as const, message: `${target.handle} is already ${role.toLowerCase()}.` }
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } })
    await tx.moderationAction.create({
      data: {
        actorId: actor.id,
        action: 'ROLE_CHANGE',
        targetType: 'USER',
        targetUserId: userId,
        reason: reason || null,
        details: { from: target.role, to: role },
      },
    })
    return { ok: true as const, handle: target.handle, role }
  })
}
