'use client'
import { useActionState } from 'react'
import { FormMessage, SubmitButton } from '@/components/account/form-kit'
import { changeRoleAction } from '@/lib/accounts/actions'
import { idle } from '@/lib/forms'
import { ROLES } from '@/lib/accounts/schemas'

export function RoleForm({ userId, handle, role }: { userId: string; handle: string; role: string }) {
  const [state, formAction] = useActionState(changeRoleAction, idle)
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <div>
        <label htmlFor={`role-${userId}`} className="block text-xs text-muted">
          Role of {handle}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={state.values?.role ?? role} className="rounded-lg border border-line bg-surface px-2 py-1.5">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r.toLowerCase()}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`reason-${userId}`} className="block text-xs text-muted">
          Reason (optional)
        </label>
        <input id={`reason-${userId}`} name="reason" maxLength={500} defaultValue={state.values?.reason} className="w-40 rounded-lg border border-line bg-surface px-2 py-1.5" />
      </div>
      <SubmitButton pendingText="Saving…">Change</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  )
}
