// GET: the signed-in member's data as a JSON download. Only ever their own.
import { exportUserData } from '@/lib/accounts/export'
import { withRoute } from '@/lib/api/route'

export const dynamic = 'force-dynamic'

export const GET = withRoute({ auth: 'user' }, async ({ user }) => {
  const data = await exportUserData(user.id)
  const date = data.exportedAt.slice(0, 10)
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="whathelped-${user.handle}-${date}.json"`,
      'Cache-Control': 'private, no-store',
    },
  })
})
