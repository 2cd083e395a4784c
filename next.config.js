// @ts-check
import { fileURLToPath } from 'node:url'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the WASM schema engine load their .wasm/.data files from disk at run time:
  // bundling them breaks those paths.
  serverExternalPackages: ['@electric-sql/pglite', '@prisma/schema-engine-wasm', '@node-rs/argon2'],
  // The anonymous list pages' cache: in memory, bounded, never on disk (decision 008).
  cacheHandler: fileURLToPath(new URL('./lib/page-cache/handler.mjs', import.meta.url)),
  cacheMaxMemorySize: 0,
  // A browser keeps a visited cached page for client-side navigation: 30 s (the least Next
  // allows) rather than the default 5 minutes, so a reader going back to a list sees new stories.
  experimental: { staleTimes: { static: 30 } },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      // The cached anonymous pages (decision 008) share their addresses with members' pages:
      // no shared cache may keep them. proxy.ts sets this on the rewritten response; this covers
      // a request that reaches /anon/… directly.
      { source: '/anon/:path*', headers: [{ key: 'Cache-Control', value: 'private, no-cache, no-store, max-age=0, must-revalidate' }] },
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
        ],
      },
    ]
  },
}

export default nextConfig
