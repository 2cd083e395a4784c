import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import type { CommentNode } from '@/lib/comments/queries'
import { paths } from '@/lib/paths'
import { CommentActions } from './comment-actions'
import { CommentModTools } from '@/components/moderation/thread-mod-tools'
import { ModerationNote } from '@/components/moderation/moderation-note'

/** Nesting shown inline; deeper replies continue on the comment's own page. */
export const MAX_VISIBLE_DEPTH = 6

function countDescendants(node: CommentNode): number {
  return node.children.reduce((sum, child) => sum + 1 + countDescendants(child), 0)
}

/** What the viewer may do in this thread, decided once by the page. */
export interface ThreadAbilities {
  /** Signed in and allowed to participate (not suspended or banned). */
  participate: boolean
  /** The thread takes replies (visible, not locked). */
  reply: boolean
  /** A moderator in good standing: moderation controls on each reply. */
  moderate?: boolean
}

interface ItemProps {
  node: CommentNode
  postId: number
  baseDepth: number
  highlightId?: number
  abilities: ThreadAbilities
}

function CommentItem({ node, postId, baseDepth, highlightId, abilities }: ItemProps) {
  const shownDepth = node.depth - baseDepth
  const replies = countDescendants(node)
  const highlighted = node.id === highlightId
  return (
    <li id={`comment-${node.id}`} className="comment">
      <details open>
        <summary
          className="comment-summary"
          aria-label={`Comment by ${node.authorHandle ?? 'deleted account'}; press to collapse or expand`}
        >
          <span aria-hidden="true" className="comment-toggle-closed">+</span>
          <span aria-hidden="true" className="comment-toggle-open">−</span>
          {node.authorHandle ? (
            <Link href={paths.user(node.authorHandle)} className="comment-author">
              {node.authorHandle}
            </Link>
          ) : (
            <span>[deleted]</span>
          )}
          <span>·</span>
          <Link href={paths.comment(postId, node.id)} className="hover:underline">
            <RelativeTime date={node.createdAt} />
          </Link>
          {node.editedAt && <span>· edited</span>}
          <span className="comment-hidden-count">
            · {replies} {replies === 1 ? 'reply' : 'replies'} hidden
          </span>
        </summary>
        <div className={highlighted ? 'comment-body comment-highlight' : 'comment-body'}>
          {node.pending && (
            <p role="note" className="mb-2 inline-block rounded-md border border-line bg-neutral-soft px-2 py-1 text-sm font-medium">
              Awaiting review: {node.own ? 'only you and the moderators see this reply until a moderator approves it.' : 'held for a moderator (new account, with a link).'}
            </p>
          )}
          <ModerationNote text={node.hiddenNote} />
          {node.bodyHtml ? (
            <div className="prose-story text-base" dangerouslySetInnerHTML={{ __html: node.bodyHtml }} />
          ) : (
            <p className="italic text-muted">{node.placeholder}</p>
          )}
          {abilities.participate || node.own ? (
          <CommentActions
            postId={postId}
            commentId={node.id}
            authorHandle={node.authorHandle}
            helpfulCount={node.helpfulCount}
            meTooCount={node.meTooCount}
            myHelpful={node.myHelpful}
            myMeToo={node.myMeToo}
            canReact={abilities.participate && !node.own && node.bodyHtml !== null}
            canReply={abilities.participate && abilities.reply && node.acceptsReplies}
            source={abilities.participate && abilities.reply ? node.source : null}
            canDelete={node.own && node.placeholder !== '[deleted]'}
            canReport={abilities.participate && !node.own && node.bodyHtml !== null}
          />
          ) : (
            // Readers who cannot act get plain counts: no client component per comment, which
            // keeps a 2,000-reply thread's page and its RSC payload much smaller.
            (node.helpfulCount > 0 || node.meTooCount > 0) && (
              <p className="mt-2 text-sm text-muted">
                {node.helpfulCount} found this helpful · {node.meTooCount} said &ldquo;me too&rdquo;
              </p>
            )
          )}
          {abilities.moderate && <CommentModTools comment={{ id: node.id, status: node.status, deleted: node.placeholder === '[deleted]', authorHandle: node.authorHandle }} />}
        </div>
        {node.children.length > 0 &&
          (shownDepth + 1 >= MAX_VISIBLE_DEPTH ? (
            <p className="mt-2 pl-6">
              <Link href={paths.comment(postId, node.id)} className="text-sm font-medium text-accent underline">
                Continue this thread ({replies} more {replies === 1 ? 'reply' : 'replies'})
              </Link>
            </p>
          ) : (
            <CommentList nodes={node.children} postId={postId} baseDepth={baseDepth} highlightId={highlightId} abilities={abilities} nested />
          ))}
      </details>
    </li>
  )
}

export function CommentList({
  nodes,
  postId,
  baseDepth = 0,
  highlightId,
  abilities,
  nested = false,
}: {
  nodes: CommentNode[]
  postId: number
  baseDepth?: number
  highlightId?: number
  abilities: ThreadAbilities
  nested?: boolean
}) {
  return (
    <ol className={nested ? 'comment-replies' : 'comment-list'}>
      {nodes.map((node) => (
        <CommentItem key={node.id} node={node} postId={postId} baseDepth={baseDepth} highlightId={highlightId} abilities={abilities} />
      ))}
    </ol>
  )
}
