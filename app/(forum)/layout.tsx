// Forum pages read the database on every request: none is prerendered at build time (which
// would also open the embedded database inside the build's worker processes).
export const dynamic = 'force-dynamic'

export default function ForumLayout({ children }: { children: React.ReactNode }) {
  return children
}
