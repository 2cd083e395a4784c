// Account pages read the session and the database on every request.
export const dynamic = 'force-dynamic'

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-md">{children}</div>
}
