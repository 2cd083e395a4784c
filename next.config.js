// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and the WASM schema engine load their .wasm/.data files from disk at run time:
  // bundling them breaks those paths.
  serverExternalPackages: ['@electric-sql/pglite', '@prisma/schema-engine-wasm', '@node-rs/argon2'],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
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
