import Link from 'next/link'
import { paths } from '@/lib/paths'

export function NotFoundMessage() {
  return (
    <div className="space-y-3 py-10 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-muted">It may have been moved or removed.</p>
      <p>
        <Link href={paths.home()} className="text-accent underline">
          Back to the forum
        </Link>
      </p>
    </div>
  )
}
