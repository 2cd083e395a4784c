// Reaction rules. "Helpful" and "me too" on stories and comments, one of each per member
// (the composite primary keys enforce it), never on one's own words.
import type { ContentStatus } from '../generated/prisma/enums'
import type { Viewer } from '../viewer'
import { isPublic } from '../visibility'

export const REACTION_KINDS = ['HELPFUL', 'ME_TOO'] as const
export const REACTIONS_PER_MINUTE = 60

export const REACTION_LABELS = { HELPFUL: 'Helpful', ME_TOO: 'Me too' } as const

export interface ReactableFacts {
  authorId: string | null
  status: ContentStatus
  deletedAt: Date | null
}

export function canReact(viewer: Viewer, target: ReactableFacts): boolean {
  if (viewer === null) return false
  if (target.authorId !== null && target.authorId === viewer.id) return false
  return isPublic(target)
}
