// The rules of lib/visibility.ts for queries: a Prisma where for the ORM and its SQL twin for raw
// queries (server only: they need the Prisma client). tests/lib/visibility.test.ts checks both
// select what the predicates allow.
import { Prisma } from './generated/prisma/client'
import type { Viewer } from './viewer'

/** Shown to everyone and counted (list pages, tag counts, comment counts): approved and not
 * withdrawn by its author. Holds for "Post" and "Comment" alike. */
export const publicWhere = { status: 'VISIBLE', deletedAt: null } as const satisfies Prisma.PostWhereInput & Prisma.CommentWhereInput

/** Public posts whose whole text this viewer may read: signed-out visitors see members-only
 * stories as a title and an excerpt only, so feeds and search (which carry the words) leave them out. */
export function readablePostWhere(viewer: Viewer): Prisma.PostWhereInput {
  return viewer ? { ...publicWhere } : { ...publicWhere, visibility: 'PUBLIC' }
}

/** The table alias a fragment qualifies its columns with (a fixed set: never user input). */
export type SqlAlias = 'p' | 'c' | 'q'

/** publicWhere as SQL, against "Post" or "Comment" aliased `alias`. */
export function publicSql(alias: SqlAlias): Prisma.Sql {
  const t = Prisma.raw(alias)
  return Prisma.sql`${t}.status = 'VISIBLE' AND ${t}."deletedAt" IS NULL`
}

/** readablePostWhere as SQL, against "Post" aliased `alias`. */
export function readablePostSql(viewer: Viewer, alias: SqlAlias = 'p'): Prisma.Sql {
  return viewer ? publicSql(alias) : Prisma.sql`${publicSql(alias)} AND ${Prisma.raw(alias)}.visibility = 'PUBLIC'`
}
