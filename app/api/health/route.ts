import { NextResponse } from 'next/server'
import { databaseKind, db } from '@/lib/db'

export const dynamic = 'force-dynamic'

/** Liveness and database reachability, for load balancers. No private data. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`
    return NextResponse.json({ status: 'ok', database: databaseKind() })
  } catch {
    return NextResponse.json({ status: 'unavailable' }, { status: 503 })
  }
}
