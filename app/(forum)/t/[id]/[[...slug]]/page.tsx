import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, permanentRedirect } from 'next/navigation'
import { Suspense } from 'react'
import { z } from 'zod'
import { RelativeTime } from '@/components/relative-time'
import { ReportLink } from '@/components/reports/report-link'
import { TagChipList } from '@/components/tag-chip'
import { ModerationNote } from '@/components/moderation/moderation-note'
import { PostModTools } from '@/components/moderation/thread-mod-tools'
import { canModerate } from '@/lib/moderation/policies'
import { canParticipate } from '@/lib/roles'
import { getSessionUser, getViewer } from '@/lib/auth'
import { COMMENT_SORTS, DEFAULT_COMMENT_SORT, threadAcceptsReplies, type CommentSort } from '@/lib/comments/policies'
import { getCommentTree } from '@/lib/comments/queries'
import { HELD_FOR_REVIEW_MESSAGE } from '@/lib/defences/new-account'
import { paths } from '@/lib/paths'
import { canReact } from '@/lib/reactions/policies'
import { OUTCOME_LABELS, SKIN_NOW_LABELS } from '@/lib/stories/labels'
import { getThreadPost } from '@/lib/stories/queries'
import { getThreadViewerState } from '@/lib/stories/thread-viewer'
import type { Viewer } from '@/lib/viewer'
import { CommentList, type ThreadAbilities } from './_components/comment-tree'
import { ReactionButtons } from './_components/reaction-buttons'
import { ReplyForm } from './_components/reply-form'
import { StoryOwnerTools } from './_components/story-owner-tools'
import { ThreadToolbar } from './_components/thread-toolbar'

const paramsSchema = z.object({
  id: z.coerce.number().int().positive().max(2_147_483_647),
  slug: z.array(z.string()).max(1).optional(),
})
const searchSchema = z.object({
  comment: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  sort: z.enum(COMMENT_SORTS).catch(DEFAULT_COMMENT_SORT).default(DEFAULT_COMMENT_SORT),
})
const SORT_LABELS: Record<CommentSort, string> = { best: 'Best', new: 'Newest', old: 'Oldest' }

interface Props {
  params: Promise<{ id: string; slug?: string[] }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function load(props: Props) {
  const params = paramsSchema.safeParse(await props.params)
  if (!params.success) notFound()
  const viewer = await getViewer()
  const post = await getThreadPost(params.data.id, viewer)
  if (!post) notFound()
  return { post, viewer, slug: params.data.slug?.[0] }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { post } = await load(props)
  return {
    // post.title and post.excerpt are what the page itself shows this viewer (getThreadPost).
    title: post.title,
    description: post.excerpt || undefined,
    // Members-only stories stay out of search engines.
    robots: post.membersOnly || post.status !== 'VISIBLE' ? { index: false, follow: false } : undefined,
    alternates: { canonical: post.canonicalPath },
  }
}

export default async function ThreadPage(props: Props) {
  const { post, viewer, slug } = await load(props)
  const { comment: focusId, sort } = searchSchema.parse(await props.searchParams)
  if ((slug ?? null) !== post.slug && focusId === undefined) permanentRedirect(post.canonicalPath)

  const user = await getSessionUser()
  const mine = await getThreadViewerState(post.id, viewer)
  const abilities: ThreadAbilities = {
    participate: user !== null && canParticipate(user),
    reply: threadAcceptsReplies({ status: post.status, locked: post.locked }),
    moderate: user !== null && canModerate(user),
  }
  const threadUrl = post.canonicalPath
  const conditions = post.tags.filter((t) => t.kind === 'CONDITION')
  const tried = post.tags.filter((t) => t.kind === 'INTERVENTION')

  return (
    <article aria-labelledby="thread-title" className="space-y-8">
      <header className="space-y-3">
        {post.askedQuestion && (
          <p className="text-sm font-medium uppercase tracking-wide text-accent">
            <Link href={paths.article(post.askedQuestion.articleSlug)} className="no-underline hover:underline">
              A question from the article
            </Link>
          </p>
        )}
        <h1 id="thread-title" className="font-serif text-2xl font-bold leading-tight sm:text-3xl">
          {post.title}
        </h1>
        <p className="text-sm text-muted">
          {post.authorHandle ? (
            <Link href={paths.user(post.authorHandle)} className="font-medium text-ink hover:underline">
              {post.authorHandle}
            </Link>
          ) : (
            <span className="font-medium text-ink">[deleted]</span>
          )}{' '}
          · <RelativeTime date={post.createdAt} />
          {post.editedAt && <> · edited</>}
          {post.membersOnly && <> · members only</>}
          {post.locked && <> · locked</>}
          {post.pinned && <> · pinned by the moderators</>}
        </p>
        {post.question && (
          <p className="text-sm">
            Answers the article&rsquo;s question:{' '}
            <Link href={paths.thread(post.question.threadId, post.question.text)} className="text-accent underline">
              {post.question.text}
            </Link>
          </p>
        )}
        <div className="space-y-2">
          <TagChipList tags={conditions} label="Conditions" />
          {tried.length > 0 && (
            <div>
              <h2 className="mb-1 text-sm font-semibold">What I tried</h2>
              <TagChipList tags={tried} label="What I tried, and how it went" />
            </div>
          )}
        </div>
      </header>

      {post.status === 'PENDING' && (
        <p role="note" className="rounded-lg border border-line bg-neutral-soft p-4 font-medium">
          {HELD_FOR_REVIEW_MESSAGE} {mine.own ? 'Until then only you and the moderators can see this story.' : 'Only its author and the moderators can see it.'}
        </p>
      )}
      <ModerationNote text={post.hiddenNote} />
      {post.removalReason ? (
        <p className="rounded-lg border border-line bg-neutral-soft p-4 italic">[removed by a moderator: {post.removalReason}]</p>
      ) : post.deleted ? (
        <p className="italic text-muted">The author deleted this story. The replies below stay readable.</p>
      ) : post.bodyHtml ? (
        <div className="prose-story" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      ) : (
        <div className="rounded-lg border border-line bg-surface p-4">
          <p className="text-muted">{post.excerpt}</p>
          <p className="mt-3 font-medium">This story is shared with members only. Sign in to read it and its replies.</p>
        </div>
      )}

      {(post.skinNow || post.otherChanges) && post.bodyHtml && (
        <dl className="grid gap-2 rounded-lg border border-line bg-surface p-4 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {post.skinNow && (
            <>
              <dt className="font-semibold">How my skin is now</dt>
              <dd>{SKIN_NOW_LABELS[post.skinNow].replace('Skin now: ', '')}</dd>
            </>
          )}
          {post.otherChanges && (
            <>
              <dt className="font-semibold">Other changes at the same time</dt>
              <dd>{post.otherChanges}</dd>
            </>
          )}
        </dl>
      )}

      {post.updates.length > 0 && (
        <section aria-labelledby="updates-title" className="space-y-4">
          <h2 id="updates-title" className="text-lg font-semibold">
            Follow-ups
          </h2>
          <ol className="space-y-4">
            {post.updates.map((update) => (
              <li key={update.id} className="rounded-lg border-l-4 border-accent bg-surface p-4">
                <p className="text-sm text-muted">
                  Update · <RelativeTime date={update.createdAt} />
                  {update.skinNow && <> · {SKIN_NOW_LABELS[update.skinNow]}</>}
                </p>
                <div className="prose-story mt-2 text-base" dangerouslySetInnerHTML={{ __html: update.bodyHtml }} />
                {update.outcomes.length > 0 && (
                  <ul className="mt-2 flex flex-wrap gap-1.5 text-sm" aria-label="Outcomes in this update">
                    {update.outcomes.map((o) => (
                      <li key={o.slug} className="rounded-full border border-line px-2.5 py-0.5">
                        {o.name} · {OUTCOME_LABELS[o.outcome]}
                        {o.durationWeeks ? ` · ${o.durationWeeks} wk` : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}

      {post.askedQuestion && post.askedQuestion.answers.length > 0 && (
        <section aria-labelledby="answers-title" className="rounded-lg border border-line bg-surface p-4">
          <h2 id="answers-title" className="font-semibold">
            Stories that answer this question
          </h2>
          <ul className="mt-2 space-y-1">
            {post.askedQuestion.answers.map((answer) => (
              <li key={answer.id}>
                <Link href={paths.thread(answer.id, answer.title)} className="text-accent underline">
                  {answer.title}
                </Link>{' '}
                <span className="text-sm text-muted">
                  by {answer.authorHandle ?? '[deleted]'}, <RelativeTime date={answer.createdAt} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {mine.revisions && mine.revisions.length > 0 && (
        <details className="rounded-lg border border-line bg-surface p-3 text-sm">
          <summary className="cursor-pointer font-medium">
            Earlier versions ({mine.revisions.length}) <span className="text-muted">— shown to the author and moderators</span>
          </summary>
          <ol className="mt-3 space-y-4">
            {mine.revisions.map((revision) => (
              <li key={revision.id} className="border-t border-line pt-3">
                <p className="text-muted">
                  Replaced <RelativeTime date={revision.createdAt} />
                  {revision.title && <> · title: &ldquo;{revision.title}&rdquo;</>}
                </p>
                <div className="prose-story mt-2 text-base" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
              </li>
            ))}
          </ol>
        </details>
      )}

      <div className="flex flex-wrap items-center justify-between gap-3">
        <ReactionButtons
          target="post"
          id={post.id}
          helpfulCount={post.helpfulCount}
          meTooCount={post.meTooCount}
          myHelpful={mine.myHelpful}
          myMeToo={mine.myMeToo}
          canReact={abilities.participate && post.canReadFull && viewer !== null && canReact(viewer, { authorId: mine.own ? viewer.id : null, status: post.status, deletedAt: post.deleted ? new Date(0) : null })}
        />
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {mine.signedIn && <ThreadToolbar postId={post.id} bookmarked={mine.bookmarked} following={mine.following} />}
          {!mine.own && !post.deleted && post.status !== 'REMOVED' && (!user || abilities.participate) && <ReportLink type="post" id={post.id} what="this story" />}
        </div>
      </div>
      {abilities.moderate && <PostModTools post={{ id: post.id, status: post.status, locked: post.locked, pinned: post.pinned, deleted: post.deleted, kind: post.kind }} />}
      {mine.own && abilities.participate && <StoryOwnerTools postId={post.id} kind={post.kind} state={mine} />}

      {post.canReadFull && (
        <section aria-labelledby="replies-title" className="space-y-4 border-t border-line pt-6">
          <h2 id="replies-title" className="text-lg font-semibold">
            {focusId !== undefined ? 'A single reply, in context' : `${post.commentCount} ${post.commentCount === 1 ? 'reply' : 'replies'}`}
          </h2>
          {focusId !== undefined && (
            <p>
              <Link href={threadUrl} className="text-sm text-accent underline">
                Show all replies
              </Link>
            </p>
          )}
          {post.locked ? (
            <p role="note" className="flex items-center gap-2 rounded-lg border border-line bg-neutral-soft p-3 text-sm font-medium">
              <span aria-hidden="true">🔒</span> This thread is locked by the moderators: it accepts no new replies.
            </p>
          ) : focusId === undefined && abilities.reply ? (
            abilities.participate ? (
              <ReplyForm postId={post.id} label="Add a reply" />
            ) : user ? (
              <p className="text-sm text-muted">Your account cannot reply right now.</p>
            ) : (
              <p className="text-sm">
                <Link href={paths.signIn(threadUrl)} className="font-medium text-accent underline">
                  Sign in to reply
                </Link>
              </p>
            )
          ) : null}
          {post.commentCount > 1 && focusId === undefined && (
            <nav aria-label="Sort replies" className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-muted">Sort:</span>
              {COMMENT_SORTS.map((option) => (
                <Link
                  key={option}
                  href={option === DEFAULT_COMMENT_SORT ? threadUrl : `${threadUrl}?sort=${option}`}
                  aria-current={option === sort ? 'true' : undefined}
                  className={`rounded-full border px-3 py-0.5 no-underline ${option === sort ? 'border-accent bg-accent text-accent-ink' : 'border-line hover:border-accent'}`}
                >
                  {SORT_LABELS[option]}
                </Link>
              ))}
            </nav>
          )}
          {/* The story renders first; a long thread's replies stream in after it. */}
          <Suspense fallback={<p className="text-muted" role="status">Loading replies…</p>}>
            <ThreadReplies postId={post.id} viewer={viewer} focusId={focusId} sort={sort} abilities={abilities} />
          </Suspense>
        </section>
      )}
    </article>
  )
}

async function ThreadReplies({
  postId,
  viewer,
  focusId,
  sort,
  abilities,
}: {
  postId: number
  viewer: Viewer
  focusId: number | undefined
  sort: CommentSort
  abilities: ThreadAbilities
}) {
  const comments = await getCommentTree(postId, viewer, focusId, sort)
  if (!comments.length) {
    return <p className="text-muted">{focusId !== undefined ? 'That reply is not in this thread.' : 'No replies yet.'}</p>
  }
  const focusDepth = focusId !== undefined ? findDepth(comments, focusId) : undefined
  return <CommentList nodes={comments} postId={postId} baseDepth={focusDepth ?? 0} highlightId={focusId} abilities={abilities} />
}

function findDepth(nodes: { id: number; depth: number; children: typeof nodes }[], id: number): number | undefined {
  for (const node of nodes) {
    if (node.id === id) return node.depth
    const found = findDepth(node.children, id)
    if (found !== undefined) return found
  }
  return undefined
}
