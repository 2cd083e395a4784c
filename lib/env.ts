// Environment variables, parsed once with zod and typed everywhere. Read `env`, never process.env.
import path from 'node:path'
import { z } from 'zod'

const optionalUrl = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .pipe(z.url().optional())
  .optional()

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** PostgreSQL connection string; unset means the embedded database (PGlite). */
  DATABASE_URL: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .pipe(z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgresql://').optional())
    .optional(),
  /** Folder of the embedded database and other local state. */
  WH_DATA_DIR: z.string().trim().min(1).default('.data'),
  /** Seed demo content into an empty embedded database on first start. */
  WH_SEED_ON_START: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  /** Apply pending migrations on start when on PostgreSQL (the embedded database always does). */
  WH_MIGRATE_ON_START: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  /** Megabytes of the anonymous page cache per instance. Read by lib/page-cache/handler.mjs
   * itself (Next loads it as plain JavaScript); checked here so a bad value stops the start. */
  PAGE_CACHE_MB: z.coerce.number().min(0).max(4096).default(64),
  REDIS_URL: optionalUrl,
  NEXTAUTH_URL: optionalUrl,
  NEXTAUTH_SECRET: z.string().optional(),
  /** Outgoing mail; without SMTP_HOST mail goes to the OutboxMessage table (/dev/outbox). */
  SMTP_HOST: z.string().trim().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_SECURE: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().trim().default('WhatHelped <no-reply@whathelped.local>'),
  /** OAuth sign-in; each provider appears only when both of its variables are set. */
  GITHUB_CLIENT_ID: z.string().trim().optional(),
  GITHUB_CLIENT_SECRET: z.string().trim().optional(),
  GOOGLE_CLIENT_ID: z.string().trim().optional(),
  GOOGLE_CLIENT_SECRET: z.string().trim().optional(),
})

export type Env = z.infer<typeof envSchema>

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')
    throw new Error(`Invalid environment variables:\n${problems}`)
  }
  return parsed.data
}

export const env = parseEnv(process.env)

export const dataDir = path.resolve(env.WH_DATA_DIR)
