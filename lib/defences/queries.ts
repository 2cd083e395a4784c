// Reads for the admin defences page. Admins only: the page checks before it calls these.
import 'server-only'
import { db } from '../db'

export interface BannedTermRow {
  id: number
  kind: 'WORD' | 'URL'
  value: string
  createdAt: Date
  createdByHandle: string | null
}

export async function listBannedTerms(): Promise<BannedTermRow[]> {
  const terms = await db.bannedTerm.findMany({
    orderBy: [{ kind: 'asc' }, { value: 'asc' }],
    select: { id: true, kind: true, value: true, createdAt: true, createdBy: { select: { handle: true } } },
  })
  return terms.map(({ createdBy, ...term }) => ({ ...term, createdByHandle: createdBy?.handle ?? null }))
}

export interface DefenceChange {
  id: number
  action: 'BANNED_TERMS' | 'SETTING_CHANGE'
  createdAt: Date
  actorHandle: string | null
  details: unknown
}

/** The latest changes to the banned terms and site settings, from the audit log. */
export async function listDefenceChanges(limit = 20): Promise<DefenceChange[]> {
  const rows = await db.moderationAction.findMany({
    where: { action: { in: ['BANNED_TERMS', 'SETTING_CHANGE'] } },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, action: true, createdAt: true, details: true, actor: { select: { handle: true } } },
  })
  return rows.map(({ actor, action, ...row }) => ({ ...row, action: action as DefenceChange['action'], actorHandle: actor?.handle ?? null }))
}
