// The import rules fail when broken: the whole-graph check (scripts/check-imports.ts) on graphs
// with a cycle or a wrong-way import, and the editor's lint rule (eslint.config.mjs) on a file
// that imports against the direction.
import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { buildGraph, cycles, featureGraph, valueImports, wrongWayImports, type ImportGraph } from '@/scripts/check-imports'

const graph = (edges: Record<string, string[]>): ImportGraph => ({ edges: new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)])) })

describe('check-imports', () => {
  it('finds a cycle between modules and between features', () => {
    const g = graph({ 'lib/a/x.ts': ['lib/b/y.ts'], 'lib/b/y.ts': ['lib/b/z.ts'], 'lib/b/z.ts': ['lib/a/w.ts'], 'lib/a/w.ts': [] })
    expect(cycles(g.edges)).toEqual([])
    expect(cycles(featureGraph(g))).toEqual([['lib/a', 'lib/b']])
    expect(cycles(graph({ 'lib/a/x.ts': ['lib/a/y.ts'], 'lib/a/y.ts': ['lib/a/x.ts'] }).edges)).toEqual([['lib/a/x.ts', 'lib/a/y.ts']])
  })

  it('finds imports against app → components → lib/<feature> → lib core', () => {
    const g = graph({ 'lib/db.ts': ['lib/stories/queries.ts'], 'lib/stories/queries.ts': ['components/card.tsx'], 'components/card.tsx': ['app/page.tsx'], 'app/page.tsx': ['lib/db.ts'] })
    expect(wrongWayImports(g)).toHaveLength(3)
    expect(wrongWayImports(graph({ 'app/page.tsx': ['components/card.tsx'], 'components/card.tsx': ['lib/stories/q.ts'], 'lib/stories/q.ts': ['lib/db.ts', 'lib/api/errors.ts'] }))).toEqual([])
  })

  it('leaves type-only imports out and keeps dynamic ones', () => {
    const text = "import type { A } from './a'\nimport { type B } from './b'\nimport { C, type D } from './c'\nexport { E } from './e'\nconst f = await import('./f')"
    expect(valueImports('x.ts', text)).toEqual(['./c', './e', './f'])
  })

  it('passes on the project itself', () => {
    const project = buildGraph()
    expect(project.edges.size).toBeGreaterThan(100)
    expect(cycles(project.edges)).toEqual([])
    expect(cycles(featureGraph(project))).toEqual([])
    expect(wrongWayImports(project)).toEqual([])
  })
})

describe('the lint rule for the direction of imports', () => {
  const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') })
  const errors = async (file: string, code: string) =>
    (await eslint.lintText(code, { filePath: file }))[0]!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)

  it('refuses a lib core file importing a feature, components or app', async () => {
    expect(await errors('lib/db.ts', "import { x } from './stories/queries'\nexport const y = x")).toHaveLength(1)
    expect(await errors('lib/api/route.ts', "import { x } from '../accounts/throttle'\nexport const y = x")).toHaveLength(1)
    expect(await errors('lib/db.ts', "import { x } from '@/components/story-card'\nexport const y = x")).toHaveLength(1)
    expect(await errors('lib/db.ts', "import { x } from './env'\nimport { z } from './api/errors'\nexport const y = [x, z]")).toEqual([])
  })

  it('refuses a feature importing components or app, and components importing app', async () => {
    expect(await errors('lib/stories/queries.ts', "import { x } from '@/app/(forum)/page'\nexport const y = x")).toHaveLength(1)
    expect(await errors('lib/stories/queries.ts', "import { x } from '../../components/story-card'\nexport const y = x")).toHaveLength(1)
    expect(await errors('components/story-card.tsx', "import { x } from '@/app/(forum)/new/page'\nexport const y = x")).toHaveLength(1)
    expect(await errors('lib/stories/queries.ts', "import { x } from '../comments/policies'\nexport const y = x")).toEqual([])
  })
})
