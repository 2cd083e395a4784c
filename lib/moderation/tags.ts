// A moderator's correction of a story's tags. The stories feature writes tags only when a story
// is created (lib/stories/actions.ts), so the same rules are kept here: PostTag.tagKind copied
// from the tag, `onlyChange` true when a story reports exactly one intervention and nothing else,
// Tag.postCount through its one writer (lib/tag-counts.ts). Insights follow by their triggers on PostTag.
import 'server-only'
import type { Prisma } from '../generated/prisma/client'
import { shiftTagPostCounts } from '../tag-counts'
import { isPublic } from '../visibility'

type Tx = Prisma.TransactionClient

export type TagEditResult = { ok: true; added: string[]; removed: string[] } | { ok: false; field: string; message: string }

/**
 * Sets the post's tags to `tagIds`. Conditions may be added and removed; interventions may only
 * be removed (one carries the author's outcome, which a moderator cannot report for them).
 */
export async function replacePostTags(
  tx: Tx,
  post: { id: number; otherChanges: string | null },
  tagIds: number[],
): Promise<TagEditResult> {
  const current = await tx.postTag.findMany({ where: { postId: post.id }, select: { tagId: true, tagKind: true, tag: { select: { slug: true } } } })
  const currentIds = new Set(current.map((t) => t.tagId))
  const wanted = new Set(tagIds)
  const addedIds = tagIds.filter((id) => !currentIds.has(id))
  const removedRows = current.filter((t) => !wanted.has(t.tagId))
  const addedTags = addedIds.length
    ? await tx.tag.findMany({ where: { id: { in: addedIds } }, select: { id: true, kind: true, slug: true } })
    : []
  if (addedTags.length !== addedIds.length) return { ok: false, field: 'tagIds', message: 'Choose tags from the list.' }
  if (addedTags.some((t) => t.kind !== 'CONDITION')) {
    return { ok: false, field: 'tagIds', message: 'Only conditions can be added: what someone tried carries their own outcome.' }
  }
  if (removedRows.length) {
    await tx.postTag.deleteMany({ where: { postId: post.id, tagId: { in: removedRows.map((t) => t.tagId) } } })
  }
  if (addedTags.length) {
    await tx.postTag.createMany({ data: addedTags.map((t) => ({ postId: post.id, tagId: t.id, tagKind: 'CONDITION' as const })) })
  }
  // The caller holds the post's row lock, so whether it counts cannot change under us.
  if (isPublic(await tx.post.findUniqueOrThrow({ where: { id: post.id }, select: { status: true, deletedAt: true } }))) {
    await shiftTagPostCounts(tx, addedTags.map((t) => t.id), 1)
    await shiftTagPostCounts(tx, removedRows.map((t) => t.tagId), -1)
  }
  // Removing an intervention can make the remaining one the only change.
  if (removedRows.some((t) => t.tagKind === 'INTERVENTION')) {
    const interventions = current.filter((t) => t.tagKind === 'INTERVENTION' && wanted.has(t.tagId))
    await tx.postTag.updateMany({
      where: { postId: post.id, tagKind: 'INTERVENTION' },
      data: { onlyChange: interventions.length === 1 && !post.otherChanges },
    })
  }
  return { ok: true, added: addedTags.map((t) => t.slug), removed: removedRows.map((t) => t.tag.slug) }
}
