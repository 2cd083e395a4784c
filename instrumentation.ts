// Runs once when a server process starts. Opening the database here means the embedded one is
// migrated (and seeded on first start) before the first visitor arrives rather than during
// their request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { db, databaseKind } = await import('./lib/db')
  if (databaseKind() !== 'embedded') return
  try {
    await db.$queryRaw`SELECT 1`
  } catch (error) {
    console.error('[db] could not open the embedded database:', error)
  }
}
