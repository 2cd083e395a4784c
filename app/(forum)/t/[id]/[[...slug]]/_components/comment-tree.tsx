import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import type { CommentNode } from '@/lib/comments/queries'
import { paths } from '@/lib/paths'
import { CommentActions } from './comment-actions'

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
    <li id={`comment-${node.id}`} className="scroll-mt-4">
      <details open className="group">
        <summary
          className="flex cursor-pointer list-none flex-wrap items-center gap-x-2 text-sm text-muted [&::-webkit-details-marker]:hidden"
          aria-label={`Comment by ${node.authorHandle ?? 'deleted account'}; press to collapse or expand`}
        >
          <span aria-hidden="true" className="inline-block w-4 text-center font-mono group-open:hidden">+</span>
          <span aria-hidden="true" className="hidden w-4 text-center font-mono group-open:inline-block">−</span>
          {node.authorHandle ? (
            <Link href={paths.user(node.authorHandle)} className="font-medium text-ink hover:underline">
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
          <span className="hidden group-[:not([open])]:inline">
            · {replies} {replies === 1 ? 'reply' : 'replies'} hidden
          </span>
        </summary>
        <div className={`mt-1 pl-6 ${highlighted ? 'rounded-lg bg-accent-soft/50 p-2' : ''}`}>
          {node.bodyHtml ? (
            <div className="prose-story text-base" dangerouslySetInnerHTML={{ __html: node.bodyHtml }} />
          ) : (
            <p className="italic text-muted">{node.placeholder}</p>
          )}
          <CommentActions
            postId={postId}
            commentId={node.id}
            authorHandle={node.authorHandle}
            helpfulCount={node.helpfulCount}
            meTooCount={node.meTooCount}
            myHelpful={node.myHelpful}
            myMeToo={node.myMeToo}
            canReact={abilities.participate && !node.own && node.bodyHtml !== null}
            canReply={abilities.participate && abilities.reply}
            source={abilities.participate && abilities.reply ? node.source : null}
            canDelete={node.own && node.placeholder !== '[deleted]'}
          />
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
    <ol className={nested ? 'mt-3 space-y-4 border-l-2 border-line pl-3 sm:pl-4' : 'space-y-5'}>
      {nodes.map((node) => (
        <CommentItem key={node.id} node={node} postId={postId} baseDepth={baseDepth} highlightId={highlightId} abilities={abilities} />
      ))}
    </ol>
  )
}
