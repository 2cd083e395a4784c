// The "Report" link on a story, a reply or a profile. Plain markup (no client code), so a long
// thread pays only for the anchor. The page decides whether to show it (never on your own).
import Link from 'next/link'
import { paths } from '@/lib/paths'

interface Props {
  type: 'post' | 'comment' | 'user'
  /** A story's or reply's number, a member's handle. */
  id: number | string
  /** Completes the accessible name: "Report this story", "Report reply by lena_k". */
  what: string
  className?: string
}

export function ReportLink({ type, id, what, className = '' }: Props) {
  return (
    <Link href={paths.report(type, id)} prefetch={false} rel="nofollow" className={`text-sm text-muted underline hover:text-bad ${className}`}>
      Report<span className="sr-only"> {what}</span>
    </Link>
  )
}
