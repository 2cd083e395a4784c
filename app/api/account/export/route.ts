// GET: the signed-in member's data as a JSON download. Only ever their own.
import { exportUserData } from '@/lib/accounts/export'
import { handleApiError } from '@/lib/api/errors'
import { requireUser } from '@/lib/auth'

export const dynamic = 'force-dynamic'

export async function GET(): Promise<Response> {
  try {
    const user = await requireUser()
    const data = await exportUserData(user.id)
    const date = data.exportedAt.slice(0, 10)
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="whathelped-${user.handle}-${date}.json"`,
        'Cache-Control': 'private, no-store',
      },
    })
  } catch (error) {
    return handleApiError(error)
  }
}
