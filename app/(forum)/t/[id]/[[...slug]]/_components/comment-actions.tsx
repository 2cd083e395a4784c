'use client'
import { useActionState, useState } from 'react'
import { ReportLink } from '@/components/reports/report-link'
import { deleteComment, type CommentResult } from '@/lib/comments/actions'
import { idle } from '@/lib/forms'
import { ReactionButtons } from './reaction-buttons'
import { ReplyForm } from './reply-form'

export interface CommentActionProps {
  postId: number
  commentId: number
  authorHandle: string | null
  helpfulCount: number
  meTooCount: number
  myHelpful: boolean
  myMeToo: boolean
  /** The viewer may react (signed in, not their own, comment standing). */
  canReact: boolean
  /** The thread takes replies and the viewer is signed in. */
  canReply: boolean
  /** The viewer's own standing comment: its markdown for the edit form. */
  source: string | null
  canDelete: boolean
  /** Show "Report" (a participant, not their own, the comment readable). */
  canReport?: boolean
}

export function CommentActions(props: CommentActionProps) {
  const [mode, setMode] = useState<'idle' | 'reply' | 'edit' | 'confirm-delete'>('idle')
  const [deleteState, deleteAction] = useActionState<CommentResult, FormData>(deleteComment, idle)
  const who = props.authorHandle ?? 'a deleted account'
  return (
    <div className="mt-2 space-y-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <ReactionButtons
          target="comment"
          id={props.commentId}
          helpfulCount={props.helpfulCount}
          meTooCount={props.meTooCount}
          myHelpful={props.myHelpful}
          myMeToo={props.myMeToo}
          canReact={props.canReact}
        />
        {props.canReply && (
          <button type="button" onClick={() => setMode(mode === 'reply' ? 'idle' : 'reply')} aria-expanded={mode === 'reply'} className="text-sm font-medium text-accent underline">
            Reply<span className="sr-only"> to {who}</span>
          </button>
        )}
        {props.source !== null && (
          <button type="button" onClick={() => setMode(mode === 'edit' ? 'idle' : 'edit')} aria-expanded={mode === 'edit'} className="text-sm underline">
            Edit<span className="sr-only"> your comment</span>
          </button>
        )}
        {props.canDelete &&
          (mode === 'confirm-delete' ? (
            <form action={deleteAction} className="inline-flex items-center gap-2">
              <input type="hidden" name="commentId" value={props.commentId} />
              <button type="submit" className="text-sm font-semibold text-bad underline">
                Yes, delete it
              </button>
              <button type="button" onClick={() => setMode('idle')} className="text-sm underline">
                Keep it
              </button>
            </form>
          ) : (
            <button type="button" onClick={() => setMode('confirm-delete')} className="text-sm text-bad underline">
              Delete<span className="sr-only"> your comment</span>
            </button>
          ))}
        {props.canReport && <ReportLink type="comment" id={props.commentId} what={`reply by ${who}`} />}
        {deleteState.message && deleteState.status === 'error' && (
          <span role="status" className="text-sm text-bad">
            {deleteState.message}
          </span>
        )}
      </div>
      {mode === 'reply' && (
        <ReplyForm postId={props.postId} parentId={props.commentId} label={`Your reply to ${who}`} onDone={() => setMode('idle')} onCancel={() => setMode('idle')} />
      )}
      {mode === 'edit' && props.source !== null && (
        <ReplyForm
          postId={props.postId}
          commentId={props.commentId}
          initialBody={props.source}
          label="Edit your comment"
          onDone={() => setMode('idle')}
          onCancel={() => setMode('idle')}
        />
      )}
    </div>
  )
}
