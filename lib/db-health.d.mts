import type { ServerResponse } from 'node:http'

export const OUTAGE_RETRY_AFTER_SECONDS: number
export function noteDatabaseUnavailable(now?: number): void
export function noteDatabaseAvailable(): void
export function isDatabaseDown(now?: number): boolean
export function databaseFailedRecently(now?: number): boolean
export function databaseOutageResponse(request: Request, now?: number): Response | null
export function answerOutagesWith503(res: Pick<ServerResponse, 'writeHead' | 'setHeader' | 'headersSent'>): void
