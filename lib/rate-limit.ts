// Every limit in the app goes through here: one interface, backed by Redis when REDIS_URL is set
// (shared by all app instances) and by process memory otherwise (a single instance, dev, tests).
// Built on rate-limiter-flexible.
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { RateLimitedError } from './api/errors'
import { env } from './env'

export interface RateLimit {
  /** Unique name; becomes the key prefix. */
  name: string
  /** Allowed events per window. */
  points: number
  /** Window length. */
  durationSeconds: number
}

export interface RateLimitResult {
  allowed: boolean
  remaining: number
  /** Seconds until the window frees a point (0 when allowed). */
  retryAfterSeconds: number
}

interface LimiterGlobal {
  whLimiters?: Map<string, RateLimiterAbstract>
  whRedis?: import('ioredis').Redis
}
const globalForLimits = globalThis as unknown as LimiterGlobal

async function redisClient() {
  if (!globalForLimits.whRedis) {
    const { Redis } = await import('ioredis')
    globalForLimits.whRedis = new Redis(env.REDIS_URL!, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
  }
  return globalForLimits.whRedis
}

async function limiterFor(limit: RateLimit): Promise<RateLimiterAbstract> {
  const limiters = (globalForLimits.whLimiters ??= new Map())
  const key = `${limit.name}:${limit.points}:${limit.durationSeconds}`
  let limiter = limiters.get(key)
  if (!limiter) {
    const options = { keyPrefix: `wh:${limit.name}`, points: limit.points, duration: limit.durationSeconds }
    const memory = new RateLimiterMemory(options)
    limiter = env.REDIS_URL
      ? // If Redis is unreachable the in-memory limiter takes over rather than failing requests.
        new RateLimiterRedis({ ...options, storeClient: await redisClient(), insuranceLimiter: memory })
      : memory
    limiters.set(key, limiter)
  }
  return limiter
}

/**
 * rate-limiter-flexible refuses by rejecting with a RateLimiterRes. Recognised by its shape, not
 * `instanceof`: the limiters live on globalThis and are shared by every Next bundle, each with its
 * own copy of the library, so the class a limiter was built with need not be this module's.
 * (A Redis failure rejects with an Error instead, which has no msBeforeNext.)
 */
function isLimiterRejection(rejection: unknown): rejection is { msBeforeNext: number } {
  return (
    typeof rejection === 'object' &&
    rejection !== null &&
    !(rejection instanceof Error) &&
    typeof (rejection as { msBeforeNext?: unknown }).msBeforeNext === 'number'
  )
}

/** Counts one event for `key`; says whether it was within the limit. */
export async function consume(limit: RateLimit, key: string, points = 1): Promise<RateLimitResult> {
  const limiter = await limiterFor(limit)
  try {
    const result = await limiter.consume(key, points)
    return { allowed: true, remaining: result.remainingPoints, retryAfterSeconds: 0 }
  } catch (rejection) {
    if (isLimiterRejection(rejection)) {
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
    }
    throw rejection
  }
}

/** Like consume, but throws RateLimitedError (→ 429 with Retry-After) when over the limit. */
export async function enforce(limit: RateLimit, key: string, message?: string): Promise<void> {
  const result = await consume(limit, key)
  if (!result.allowed) throw new RateLimitedError(result.retryAfterSeconds, message)
}

/** Whether `key` is over the limit now, without counting an event. */
export async function peek(limit: RateLimit, key: string): Promise<RateLimitResult> {
  const limiter = await limiterFor(limit)
  const state = await limiter.get(key)
  if (!state || state.consumedPoints < limit.points) {
    return { allowed: true, remaining: limit.points - (state?.consumedPoints ?? 0), retryAfterSeconds: 0 }
  }
  return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) }
}

/** Forgets `key`'s events (e.g. a successful sign-in resets the failure count). */
export async function reset(limit: RateLimit, key: string): Promise<void> {
  const limiter = await limiterFor(limit)
  await limiter.delete(key)
}

/** Gives back `points` of `key`'s events (an attempt that turned out not to count). */
export async function refund(limit: RateLimit, key: string, points = 1): Promise<void> {
  const limiter = await limiterFor(limit)
  await limiter.reward(key, points)
}
