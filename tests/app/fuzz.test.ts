// Property-based fuzzing (fast-check): no hostile input to a route handler or a page may end in
// a 5xx. Handlers and pages are found in app/ at run time, so a new one is fuzzed without anyone
// listing it here.
//
// - Route handlers (app/**/route.ts): every exported HTTP method is called in-process with a
//   Request built from hostile path params, query, headers and body, anonymously and as a
//   member, inside a Next request scope (next/headers works, as next-auth needs). A 5xx answer,
//   or a throw other than Next's own notFound()/redirect() signals, fails.
// - Pages (app/**/page.tsx): the page's default export and generateMetadata are called with
//   hostile params and searchParams. That runs the page's own parsing and queries, and the
//   server views it returns (an async component as the returned element, like TagPageView) are
//   called too; deeper components are not rendered (no RSC renderer in a unit test), so
//   tests/app/fuzz-parsers.test.ts covers the parsers those use.
// Path params hold what Next hands over after proxy.ts refused undecodable addresses: decoded
// text, never a NUL or a broken surrogate (lib/http/path-encoding.ts). Query values hold
// anything a URL can carry; JSON bodies anything JSON can.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { createRequestStoreForAPI } from 'next/dist/server/async-storage/request-store.js'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { NextRequest } from 'next/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '@/lib/db'
import { isDecodablePath } from '@/lib/http/path-encoding'
import { createStory, createTag, createUser } from '../factories'
import { signInAs } from '../lib/stories/session'

// Next's request scope lives in AsyncLocalStorage, which its server puts on globalThis before
// loading anything; set it before next/headers is first imported (vi.hoisted runs before imports).
vi.hoisted(() => {
  const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks') as typeof import('node:async_hooks')
  Object.assign(globalThis, { AsyncLocalStorage })
})

vi.mock('next-auth', async (importOriginal) => (await import('../lib/stories/session')).nextAuthMock(importOriginal))
vi.mock('next/cache', async () => ({
  ...(await import('../lib/stories/session')).cacheMock,
  // Pages and queries that cache through Next: no incremental cache outside a server.
  unstable_cache: (fn: (...args: unknown[]) => unknown) => fn,
  unstable_noStore: () => undefined,
}))

const ROOT = path.resolve(import.meta.dirname, '../..')
const APP = path.join(ROOT, 'app')
const ORIGIN = 'http://localhost:3000'
const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/** Runs per handler method and per page: ~1,000 calls in all, well under a minute on PGlite.
 * FUZZ_RUNS multiplies them for a longer hunt; FUZZ_SEED replays a failure's printed seed. */
const SCALE = Number(process.env.FUZZ_RUNS ?? 1)
const HANDLER_RUNS = Math.round(40 * SCALE)
const PAGE_RUNS = Math.round(15 * SCALE)
const SEED = process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}

// ---------------------------------------------------------------------------------------------
// What the app has: files and the dynamic segments of their paths.

interface Segment {
  name: string
  kind: 'one' | 'catchAll' | 'optionalCatchAll'
}

interface AppFile {
  file: string
  /** The URL path with its dynamic segments as [name]. */
  route: string
  segments: (string | Segment)[]
}

function appFiles(fileName: RegExp): AppFile[] {
  return (readdirSync(APP, { recursive: true }) as string[])
    .filter((relative) => fileName.test(path.basename(relative)))
    .sort()
    .map((relative) => {
      const parts = path.dirname(relative).split(path.sep).filter((p) => p !== '.' && !/^\(.*\)$/.test(p))
      const segments = parts.map((part): string | Segment => {
        const match = /^\[(\[)?(\.\.\.)?(\w+)\]?\]$/.exec(part)
        if (!match) return part
        return { name: match[3]!, kind: match[1] ? 'optionalCatchAll' : match[2] ? 'catchAll' : 'one' }
      })
      return { file: path.join(APP, relative), route: `/${parts.join('/')}`, segments }
    })
}

const routeFiles = appFiles(/^route\.[jt]sx?$/)
const pageFiles = appFiles(/^page\.[jt]sx?$/)

// ---------------------------------------------------------------------------------------------
// Hostile input.

/** The values behind finding 9's 500s and their kin: each is also sent, as a fixed example, in
 * every path param and every query parameter the app reads (see examplesFor). */
const NASTY = [
  '\u0000',
  'zinc\u0000',
  '\ud800',
  'a\udfffb',
  '%',
  '%25',
  '%ZZ',
  '%FF%FE',
  '%00',
  '',
  '-1',
  '1e309',
  '9'.repeat(40),
  '[object Object]',
  'x'.repeat(5_000),
  'bi44NjQwMDAwMDAwMDAwMDAwLjE', // "n.8640000000000000.1": a cursor forged past the year 9999
  'bi0xMDAwMDAwMDAwMDAwMDAwLjE', // "n.-1000000000000000.1": and before the year 1
]

/** Ordinary-looking values, so that random runs also get past the first checks. */
const PLAUSIBLE = [' ', '0', '1', '1.5', '2147483648', '-9007199254740993', 'NaN', 'Infinity', 'null', 'true', '[]', '{}', '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '\u202e\u200b', '😀', 'acne', 'zinc', 'lgg', 'new', 'active', 'top', 'all', 'helped', 'story', 'signin', 'credentials', 'session', 'csrf', 'providers', 'callback']

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.bigInt()).map(String) },
  { weight: 1, arbitrary: fc.base64String({ maxLength: 40 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')) },
)

/** A value of any JSON type, hostile strings and numbers included. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(0, -1, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
)

/** Query parameter names the app reads (so values reach the parsers), and random ones. */
const QUERY_NAMES = ['tag', 'outcome', 'kind', 'sort', 't', 'onlyChange', 'cursor', 'limit', 'q', 'i', 'all', 'stories', 'comments', 'before', 'page', 'type', 'id', 'comment', 'welcome', 'callbackUrl', 'error', 'token', 'email', 'question', 'json', 'status']
const queryPairs = fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...QUERY_NAMES) }, { weight: 1, arbitrary: hostileString }), hostileString), { maxLength: 6 })

/** Whether Next could pass this as a path param: decoded text from an address the proxy let
 * through (never empty, ".", or "..": Next does not route an empty segment, and URLs resolve dot
 * segments). */
function isPathText(value: string): boolean {
  if (value === '' || value === '.' || value === '..') return false
  try {
    return isDecodablePath(`/${encodeURIComponent(value)}`)
  } catch {
    return false // a lone surrogate cannot even be percent-encoded
  }
}
const pathText = hostileString.filter(isPathText)

type Params = Record<string, string | string[] | undefined>

/** Each NASTY value in every path param (where Next could pass it) and every query name at once,
 * alternately anonymous and signed in: run before the random cases, so each known parameter meets
 * each of them on every run. */
function examplesFor(file: AppFile): { params: Params; query: [string, string][]; signedIn: boolean }[] {
  return NASTY.map((value, index) => {
    const params: Params = {}
    for (const segment of file.segments) {
      if (typeof segment === 'string') continue
      const one = isPathText(value) ? value : (known[segment.name]?.[0] ?? 'x')
      params[segment.name] = segment.kind === 'one' ? one : [one]
    }
    return { params, query: QUERY_NAMES.map((name): [string, string] => [name, value]), signedIn: index % 2 === 1 }
  })
}

function paramArbitrary(segments: AppFile['segments']): fc.Arbitrary<Params> {
  const record: Record<string, fc.Arbitrary<string | string[] | undefined>> = {}
  for (const segment of segments) {
    if (typeof segment === 'string') continue
    const one = known[segment.name]?.length ? fc.oneof(pathText, fc.constantFrom(...known[segment.name]!)) : pathText
    record[segment.name] =
      segment.kind === 'one'
        ? one
        : fc.array(one, { minLength: segment.kind === 'catchAll' ? 1 : 0, maxLength: 3 }).map((list) => (list.length ? list : undefined))
  }
  return fc.record(record)
}

function pathFor(file: AppFile, params: Params): string {
  const parts = file.segments.flatMap((segment) => {
    if (typeof segment === 'string') return [segment]
    const value = params[segment.name]
    return (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((v) => encodeURIComponent(v))
  })
  return `/${parts.join('/')}`
}

const body = fc.oneof(
  fc.constant(undefined),
  fc.record({ body: hostileValue, parentId: hostileValue, json: hostileValue }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.array(fc.tuple(fc.constantFrom('email', 'password', 'csrfToken', 'callbackUrl', 'json', 'body'), hostileString), { maxLength: 5 }).map((pairs) => new URLSearchParams(pairs).toString()),
  hostileString,
)
const contentType = fc.constantFrom(undefined, 'application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml')
const origin = fc.constantFrom(undefined, ORIGIN, 'https://evil.example', 'null', 'http://localhost:3000.evil.example')

// ---------------------------------------------------------------------------------------------
// Calling a handler or page as Next would.

/** Next's notFound(), redirect(), forbidden() and unauthorized() throw these: they become a 4xx
 * or a redirect, never a 500. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest
  return typeof digest === 'string' && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;4\d\d)/.test(digest)
}

/** Runs `fn` in a Next request scope for this request, so next/headers reads its headers and cookies. */
function inRequestScope<T>(request: Request, fn: () => Promise<T>): Promise<T> {
  const url = new URL(request.url)
  const store = createRequestStoreForAPI(
    { headers: request.headers } as never,
    { pathname: url.pathname, search: url.search },
    { tags: [], expirationsByCacheKind: new Map() } as never,
    undefined,
    { previewModeId: 'fuzz', previewModeEncryptionKey: 'fuzz', previewModeSigningKey: 'fuzz' },
    undefined,
  )
  // cookies() also wants the route's work store; these are the fields it and headers() read.
  const work = { route: url.pathname, page: url.pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false }
  return workAsyncStorage.run(work as never, () => workUnitAsyncStorage.run(store as never, fn))
}

interface Outcome {
  status: number | 'control-flow'
  error?: unknown
}

async function settle(run: () => Promise<Response | unknown>): Promise<Outcome> {
  try {
    const result = await run()
    if (!(result instanceof Response)) return { status: 200 }
    // The body of a 5xx says what went wrong (the error model logs an id, next-auth a code).
    return { status: result.status, error: result.status >= 500 ? (await result.text()).slice(0, 300) : undefined }
  } catch (error) {
    if (isNextControlFlow(error)) return { status: 'control-flow' }
    return { status: 500, error }
  }
}

function expectNoServerError(outcome: Outcome, what: string): void {
  if (outcome.status !== 'control-flow' && outcome.status >= 500) {
    const detail = outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error ?? 'a 5xx response')
    throw new Error(`${what} answered ${outcome.status}: ${detail}`)
  }
}

type AnyComponent = (props: unknown) => unknown

/** Calls the page, then each async server view it returns as its element (a few levels down). */
async function renderPage(page: AnyComponent, props: unknown): Promise<void> {
  let node: unknown = await page(props)
  for (let depth = 0; depth < 3; depth++) {
    const element = node as { type?: unknown; props?: unknown } | null
    if (!element || typeof element.type !== 'function' || element.type.constructor.name !== 'AsyncFunction') return
    node = await (element.type as AnyComponent)(element.props)
  }
}

// ---------------------------------------------------------------------------------------------

const known: Record<string, string[]> = {}
let member: { id: string }

beforeAll(async () => {
  member = await createUser()
  await db.user.update({ where: { id: member.id }, data: { createdAt: new Date(Date.now() - 30 * 86_400_000), approvedPostCount: 10 } })
  const acne = await createTag({ slug: 'acne', name: 'Acne' })
  const zinc = await createTag({ kind: 'INTERVENTION', slug: 'zinc', name: 'Zinc' })
  const story = await createStory({ authorId: member.id, conditions: [acne], tried: [{ tag: zinc, outcome: 'HELPED' }] })
  // Real values beside the hostile ones, so fuzzing also reaches past the lookups.
  Object.assign(known, { id: [String(story.id)], condition: ['acne'], slug: ['acne', 'zinc'], handle: [(await db.user.findUniqueOrThrow({ where: { id: member.id } })).handle] })
})

describe('every route handler and page is found', () => {
  it('enumerates app/ (a handler or page added later is fuzzed too)', () => {
    expect(routeFiles.map((f) => f.route)).toEqual(expect.arrayContaining(['/api/stories', '/api/stories/[id]/comments', '/feeds/tags/[file]', '/api/auth/[...nextauth]']))
    expect(pageFiles.map((f) => f.route)).toEqual(expect.arrayContaining(['/tags/[slug]', '/u/[handle]', '/t/[id]/[[...slug]]', '/search']))
  })
})

describe('route handlers never answer 5xx to hostile input', () => {
  for (const file of routeFiles) {
    it(`${file.route}`, async () => {
      const routeModule = (await import(/* @vite-ignore */ pathToFileURL(file.file).href)) as Record<string, unknown>
      const methods = HTTP_METHODS.filter((method) => typeof routeModule[method] === 'function')
      expect(methods.length, `${file.route} exports no HTTP method`).toBeGreaterThan(0)
      for (const method of methods) {
        const handler = routeModule[method] as (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>
        await fc.assert(
          fc.asyncProperty(
            paramArbitrary(file.segments),
            queryPairs,
            method === 'GET' || method === 'HEAD' ? fc.constant(undefined) : body,
            contentType,
            origin,
            fc.boolean(),
            async (params, query, payload, type, originHeader, signedIn) => {
              signInAs(signedIn ? member : null)
              const url = new URL(pathFor(file, params), ORIGIN)
              for (const [name, value] of query) url.searchParams.append(name, value)
              const headers = new Headers({ host: 'localhost:3000' })
              if (type) headers.set('content-type', type)
              if (originHeader) headers.set('origin', originHeader)
              if (signedIn) headers.set('cookie', 'next-auth.session-token=fuzz')
              const request = new NextRequest(url, { method, headers, body: payload })
              const outcome = await settle(() => inRequestScope(request, () => handler(request, { params: Promise.resolve(params) })))
              expectNoServerError(outcome, `${method} ${url.pathname}${url.search}`)
            },
          ),
          {
            numRuns: HANDLER_RUNS,
            ...SEED,
            examples: examplesFor(file).map((e): [Params, [string, string][], string | undefined, string | undefined, string | undefined, boolean] => [
              e.params,
              e.query,
              method === 'GET' || method === 'HEAD' ? undefined : JSON.stringify({ body: e.query[0]![1], parentId: e.query[0]![1] }),
              'application/json',
              ORIGIN,
              e.signedIn,
            ]),
          },
        )
      }
    })
  }
})

describe('pages never fail on hostile params and search params', () => {
  for (const file of pageFiles) {
    it(`${file.route}`, async () => {
      const pageModule = (await import(/* @vite-ignore */ pathToFileURL(file.file).href)) as { default: AnyComponent; generateMetadata?: AnyComponent }
      await fc.assert(
        fc.asyncProperty(paramArbitrary(file.segments), queryPairs, fc.boolean(), async (params, query, signedIn) => {
          signInAs(signedIn ? member : null)
          const searchParams: Record<string, string | string[]> = {}
          for (const [name, value] of query) {
            const existing = searchParams[name]
            searchParams[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value]
          }
          const props = () => ({ params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) })
          const url = new URL(pathFor(file, params), ORIGIN)
          const request = new Request(url, { headers: signedIn ? { cookie: 'next-auth.session-token=fuzz' } : {} })
          const what = `${url.pathname} ${JSON.stringify(searchParams).slice(0, 300)}`
          if (pageModule.generateMetadata) expectNoServerError(await settle(() => inRequestScope(request, async () => pageModule.generateMetadata!(props()))), `metadata of ${what}`)
          expectNoServerError(await settle(() => inRequestScope(request, () => renderPage(pageModule.default, props()))), what)
        }),
        { numRuns: PAGE_RUNS, ...SEED, examples: examplesFor(file).map((e): [Params, [string, string][], boolean] => [e.params, e.query, e.signedIn]) },
      )
    })
  }
})
