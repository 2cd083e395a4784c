// Who is looking at a page: a signed-in member, or nobody. Policies take a Viewer.
import type { Role } from './generated/prisma/enums'

export type Viewer = { id: string; handle: string; role: Role } | null
