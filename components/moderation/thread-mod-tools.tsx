// Moderator controls on a thread page: the story's (lock, pin, hide, remove, restore, approve,
// tags) and each reply's. Rendered for moderators only; every action checks again on the server.
import { getSessionUser } from '@/lib/auth'
import type { ContentStatus, PostKind } from '@/lib/generated/prisma/enums'
import { availableVerbs, canModerate } from '@/lib/moderation/policies'
import { listPostTagsForEditing, listTagsForEditing } from '@/lib/moderation/queue'
import { ModerationForm, TagEditor } from './moderation-form'

export interface PostModFacts {
  id: number
  status: ContentStatus
  locked: boolean
  pinned: boolean
  deleted: boolean
  kind: PostKind
}

export async function PostModTools({ post }: { post: PostModFacts }) {
  const user = await getSessionUser()
  if (!user || !canModerate(user)) return null
  // Reports are handled from the queue, where they can be read: no "dismiss" here.
  const target = { type: 'POST' as const, authorId: null, status: post.status, deleted: post.deleted, locked: post.locked, pinned: post.pinned, kind: post.kind }
  const verbs = availableVerbs(user, target, { openReports: 0 })
  const [current, conditions] = verbs.includes('EDIT_TAGS') ? await Promise.all([listPostTagsForEditing(post.id), listTagsForEditing()]) : [[], []]
  return (
    <details className="rounded-lg border border-line bg-surface p-3">
      <summary className="cursor-pointer text-sm font-semibold">Moderate this story</summary>
      <div className="mt-3 space-y-4">
        <ModerationForm targetType="POST" targetId={String(post.id)} verbs={verbs} targetLabel="this story" />
        {verbs.includes('EDIT_TAGS') && (
          <details>
            <summary className="cursor-pointer text-sm font-semibold">Edit tags</summary>
            <div className="mt-2">
              <TagEditor postId={post.id} current={current} conditions={conditions} />
            </div>
          </details>
        )}
      </div>
    </details>
  )
}

export async function CommentModTools({ comment }: { comment: { id: number; status: ContentStatus; deleted: boolean; authorHandle: string | null } }) {
  const user = await getSessionUser()
  if (!user || !canModerate(user)) return null
  const verbs = availableVerbs(user, { type: 'COMMENT', authorId: null, status: comment.status, deleted: comment.deleted, threadLocked: false }, { openReports: 0 })
  if (!verbs.length) return null
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-muted">Moderate</summary>
      <div className="mt-2 rounded-lg border border-line p-3">
        <ModerationForm targetType="COMMENT" targetId={String(comment.id)} verbs={verbs} targetLabel={`the reply by ${comment.authorHandle ?? 'a deleted account'}`} />
      </div>
    </details>
  )
}
