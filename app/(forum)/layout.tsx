import { connection } from 'next/server'

// Forum pages read the database on every request: nothing here is prerendered at build time
// (which would also open the embedded database inside the build's worker processes).
export default async function ForumLayout({ children }: { children: React.ReactNode }) {
  await connection()
  return children
}
