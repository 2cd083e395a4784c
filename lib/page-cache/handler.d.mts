// Types for handler.mjs (plain JavaScript: Next loads it as it is).
export declare const MAX_AGE_MS: number
export declare const SYNC_MS: number
export declare const REVALIDATIONS_KEY: string

export interface CacheContext {
  softTags?: string[]
  tags?: string[]
  cacheControl?: unknown
}

export default class PageCacheHandler {
  get(key: string, ctx?: CacheContext): Promise<{ value: unknown; lastModified: number; cacheControl: unknown } | null>
  set(key: string, data: unknown, ctx?: CacheContext): Promise<void>
  revalidateTag(tags: string | string[]): Promise<void>
  resetRequestCache(): void
  static syncFromRedis(): Promise<void>
  static close(): Promise<void>
  static stats(): { entries: number; bytes: number }
  static clear(): void
}
