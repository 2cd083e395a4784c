import { NotFoundMessage } from '@/components/not-found-message'

// Addresses that match no route render here, inside the root layout alone. Next sends this
// component with every page (it is the root's not-found boundary): it stays small and reads no
// session, so the cached anonymous pages can carry it. It has no site header, and offers the
// way back. notFound() inside a group (a missing story, member or tag) renders that group's
// not-found, under the group's full header.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
      <NotFoundMessage />
    </main>
  )
}
