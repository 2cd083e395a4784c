// Runs once when a server process starts: refuse to serve without a usable session secret
// (a production deployment on PostgreSQL needs NEXTAUTH_SECRET), and open the embedded database
// so it is migrated (and seeded with the demo content on first start) before the first visitor
// arrives rather than during their request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { authSecret } = await import('./lib/auth-secret')
  try {
    authSecret()
  } catch (error) {
    console.error(`[auth] ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
  const { db, databaseKind, seedEmptyEmbeddedDatabaseWith } = await import('./lib/db')
  if (databaseKind() !== 'embedded') return
  seedEmptyEmbeddedDatabaseWith(async (client) => (await import('./prisma/seed/seed')).seed(client))
  try {
    await db.$queryRaw`SELECT 1`
  } catch (error) {
    console.error('[db] could not open the embedded database:', error)
  }
}
