import Link from 'next/link'
import { RelativeTime } from '@/components/relative-time'
import type { SessionUser } from '@/lib/auth'
import { availableVerbs, type ModTarget } from '@/lib/moderation/policies'
import type { AuthorHistory, QueueContent, QueueGroup } from '@/lib/moderation/queue'
import { REPORT_REASONS } from '@/lib/reports/reasons'
import { AuthorHistoryCard } from './author-history'
import { ModerationForm, TagEditor } from './moderation-form'

const STATUS_TEXT: Record<string, string> = { VISIBLE: 'visible', PENDING: 'held for review', HIDDEN: 'hidden', REMOVED: 'removed' }

function contentTarget(content: QueueContent): ModTarget | null {
  if (content.type === 'POST' && content.status) {
    return { type: 'POST', authorId: content.authorId, status: content.status, deleted: content.deleted, locked: content.locked, pinned: content.pinned, kind: content.kind ?? 'STORY' }
  }
  if (content.type === 'COMMENT' && content.status) {
    return { type: 'COMMENT', authorId: content.authorId, status: content.status, deleted: content.deleted, threadLocked: false }
  }
  return null
}

function accountTarget(author: AuthorHistory): ModTarget {
  return { type: 'USER', id: author.id, role: author.role, status: author.status, suspendedUntil: author.suspendedUntil }
}

function ContentBlock({ content }: { content: QueueContent }) {
  return (
    <div className="space-y-2">
      <p className="text-sm">
        <Link href={content.href} className="font-semibold text-accent underline">
          {content.title}
        </Link>
        {content.status && (
          <span className="text-muted">
            {' '}
            · {STATUS_TEXT[content.status]}
            {content.deleted && ' · deleted by its author'}
            {content.locked && ' · locked'}
            {content.pinned && ' · pinned'}
          </span>
        )}
        {content.createdAt && (
          <span className="text-muted">
            {' '}
            · posted <RelativeTime date={content.createdAt} />
          </span>
        )}
      </p>
      {content.excerptHtml && (
        <div className="prose-story max-h-60 overflow-y-auto rounded-lg border border-line bg-page p-3 text-base" dangerouslySetInnerHTML={{ __html: content.excerptHtml }} />
      )}
      {content.tags.length > 0 && (
        <p className="text-sm text-muted">Tags: {content.tags.map((t) => t.name).join(', ')}</p>
      )}
    </div>
  )
}

interface ActionsProps {
  actor: SessionUser
  content: QueueContent | null
  author: AuthorHistory | null
  openReports: number
  conditions: { id: number; name: string }[]
}

function ItemActions({ actor, content, author, openReports, conditions }: ActionsProps) {
  const target = content ? contentTarget(content) : null
  const contentVerbs = target ? availableVerbs(actor, target, { openReports }) : []
  const accountVerbs = author ? availableVerbs(actor, accountTarget(author), { openReports: content?.type === 'USER' ? openReports : 0 }) : []
  const label = content?.type === 'COMMENT' ? 'the reply' : content?.type === 'POST' ? 'the story' : 'the account'
  return (
    <div className="space-y-3">
      {content && content.type !== 'USER' && contentVerbs.length > 0 && (
        <section className="rounded-lg border border-line p-3">
          <h4 className="mb-2 text-sm font-semibold">Act on {label}</h4>
          <ModerationForm targetType={content.type} targetId={content.id} verbs={contentVerbs} targetLabel={`${label}: ${content.title}`} />
        </section>
      )}
      {content?.type === 'POST' && contentVerbs.includes('EDIT_TAGS') && (
        <details className="rounded-lg border border-line p-3">
          <summary className="cursor-pointer text-sm font-semibold">Edit tags</summary>
          <div className="mt-2">
            <TagEditor postId={Number(content.id)} current={content.tags} conditions={conditions} />
          </div>
        </details>
      )}
      {author && accountVerbs.length > 0 && (
        <details className="rounded-lg border border-line p-3" open={content?.type === 'USER'}>
          <summary className="cursor-pointer text-sm font-semibold">Act on {author.handle}&rsquo;s account</summary>
          <div className="mt-2">
            <ModerationForm targetType="USER" targetId={author.id} verbs={accountVerbs} targetLabel={`the account ${author.handle}`} />
          </div>
        </details>
      )}
    </div>
  )
}

export function QueueGroupItem({ group, actor, conditions }: { group: QueueGroup; actor: SessionUser; conditions: { id: number; name: string }[] }) {
  const top = group.reasons[0]
  return (
    <li className="space-y-4 rounded-xl border border-line bg-surface p-4" aria-labelledby={`group-${group.key}`}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`group-${group.key}`} className="font-semibold">
          {top && <span className={`mr-2 inline-block rounded px-1.5 py-0.5 text-xs font-bold uppercase ${group.severity >= 70 ? 'bg-bad text-page' : 'bg-neutral-soft'}`}>{REPORT_REASONS[top].label}</span>}
          {group.content?.title ?? '[no longer exists]'}
        </h3>
        <p className="text-sm text-muted">
          {group.reporterCount} {group.reporterCount === 1 ? 'reporter' : 'reporters'} · oldest <RelativeTime date={group.oldestAt} />
        </p>
      </header>
      {group.content && group.content.type !== 'USER' && <ContentBlock content={group.content} />}
      {group.author && <AuthorHistoryCard author={group.author} />}
      <section>
        <h4 className="text-sm font-semibold">
          {group.reportCount} open {group.reportCount === 1 ? 'report' : 'reports'}
        </h4>
        <ul className="mt-1 space-y-1 text-sm">
          {group.reports.map((report) => (
            <li key={report.id} className="border-l-2 border-line pl-2">
              <span className="font-medium">{REPORT_REASONS[report.reason].label}</span>
              <span className="text-muted">
                {' '}
                · {report.reporterHandle ?? '[deleted account]'} · <RelativeTime date={report.createdAt} />
              </span>
              {report.note && <p className="whitespace-pre-line break-words">{report.note}</p>}
            </li>
          ))}
        </ul>
      </section>
      <ItemActions actor={actor} content={group.content} author={group.author} openReports={group.reportCount} conditions={conditions} />
    </li>
  )
}

export function HeldItemView({ content, author, actor, conditions }: { content: QueueContent; author: AuthorHistory | null; actor: SessionUser; conditions: { id: number; name: string }[] }) {
  return (
    <li className="space-y-3 rounded-xl border border-line bg-surface p-4">
      <ContentBlock content={content} />
      {author && <AuthorHistoryCard author={author} />}
      <ItemActions actor={actor} content={content} author={author} openReports={0} conditions={conditions} />
    </li>
  )
}
