// The import graph's two rules, checked in CI (`npm run lint:imports`):
// - no cycle between modules, and none between features: lib/<feature> folders, lib core (the
//   files directly in lib/ and lib/api, lib/http), components and app each count as one node;
// - the direction app → components → lib/<feature> → lib core (eslint.config.mjs enforces it
//   file by file as you type; this is the whole-graph check).
// Type-only imports are left out: they vanish at run time and cannot make a module load before
// another. Built on the TypeScript compiler's own parser and module resolution (tsconfig paths).
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

const ROOT = path.resolve(import.meta.dirname, '..')
const SOURCE_FOLDERS = ['app', 'components', 'lib']
const SKIP = [`lib${path.sep}generated`]
const CORE_FOLDERS = new Set(['api', 'http'])

export interface ImportGraph {
  /** file → files it imports (values, not types), all relative to the root. */
  edges: Map<string, Set<string>>
}

function sourceFiles(dir: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const relative = path.relative(ROOT, full)
    if (SKIP.some((skip) => relative.startsWith(skip))) continue
    if (entry.isDirectory()) found.push(...sourceFiles(full))
    else if (/\.(ts|tsx|mts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.d.mts')) found.push(full)
  }
  return found
}

/** The specifiers a file imports or re-exports as values (dynamic imports included). */
export function valueImports(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const specifiers: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly))
      if (!typeOnly) specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return specifiers
}

export function buildGraph(): ImportGraph {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })
  const options = config?.options ?? {}
  const edges = new Map<string, Set<string>>()
  for (const file of SOURCE_FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder)))) {
    const from = path.relative(ROOT, file)
    const targets = new Set<string>()
    for (const specifier of valueImports(file, fs.readFileSync(file, 'utf8'))) {
      const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule
      if (!resolved || resolved.isExternalLibraryImport) continue
      // A .d.mts beside an .mjs stands for it.
      const target = path.relative(ROOT, resolved.resolvedFileName.replace(/\.d\.mts$/, '.mjs'))
      if (target.startsWith('..') || SKIP.some((skip) => target.startsWith(skip))) continue
      targets.add(target)
    }
    edges.set(from, targets)
  }
  return { edges }
}

/** The layer a file belongs to: app, components, a feature's name, or core. */
export function layerOf(file: string): { layer: 'app' | 'components' | 'feature' | 'core'; node: string } {
  const parts = file.split(path.sep)
  // Entry points outside the source folders (the seed, scripts) stand where app does.
  if (parts[0] !== 'lib' && parts[0] !== 'components') return { layer: 'app', node: parts[0]! }
  if (parts[0] === 'components') return { layer: 'components', node: 'components' }
  if (parts.length === 2 || CORE_FOLDERS.has(parts[1]!)) return { layer: 'core', node: 'lib core' }
  return { layer: 'feature', node: `lib/${parts[1]}` }
}

const RANK = { app: 3, components: 2, feature: 1, core: 0 } as const

/** Imports against the direction app → components → lib/<feature> → lib core. */
export function wrongWayImports(graph: ImportGraph): string[] {
  const found: string[] = []
  for (const [from, targets] of graph.edges) {
    for (const to of targets) {
      const a = layerOf(from)
      const b = layerOf(to)
      if (RANK[b.layer] > RANK[a.layer]) found.push(`${from} (${a.layer}) imports ${to} (${b.layer})`)
    }
  }
  return found
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
export function cycles(edges: Map<string, Set<string>>): string[][] {
  let index = 0
  const indices = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const found: string[][] = []
  const connect = (node: string) => {
    indices.set(node, index)
    low.set(node, index++)
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!indices.has(next)) {
        connect(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, indices.get(next)!))
      }
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of edges.keys()) if (!indices.has(node)) connect(node)
  return found
}

/** The graph with each layer node (a feature, lib core, components, app) as one vertex. */
export function featureGraph(graph: ImportGraph): Map<string, Set<string>> {
  const collapsed = new Map<string, Set<string>>()
  for (const [from, targets] of graph.edges) {
    const a = layerOf(from).node
    const out = collapsed.get(a) ?? new Set<string>()
    collapsed.set(a, out)
    for (const to of targets) {
      const b = layerOf(to).node
      if (b !== a) out.add(b)
    }
  }
  return collapsed
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const graph = buildGraph()
  const problems = [
    ...cycles(graph.edges).map((cycle) => `import cycle between modules: ${cycle.join(' ↔ ')}`),
    ...cycles(featureGraph(graph)).map((cycle) => `import cycle between features: ${cycle.join(' ↔ ')}`),
    ...wrongWayImports(graph).map((line) => `wrong-way import: ${line}`),
  ]
  if (problems.length) {
    console.error(problems.join('\n'))
    console.error(`\n${problems.length} problem(s): imports go app → components → lib/<feature> → lib core, without cycles.`)
    process.exit(1)
  }
  console.log(`imports: ${graph.edges.size} modules, no cycle, every import in the right direction`)
}
