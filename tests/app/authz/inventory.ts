// Every public entry point of the app, found in the source rather than listed by hand: server
// actions (exports of a module whose first statement is 'use server', and functions with an
// inline 'use server') and route handlers (HTTP-method exports of app/**/route.ts). Next.js
// makes each of these callable by anyone on the internet, so each needs an entry in the
// authorization matrix (./matrix.ts). Parsed with the TypeScript compiler: a regex would miss
// `export { handler as GET }` or `export const x = async () => …`.
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export const ROOT = path.resolve(import.meta.dirname, '../../..')
const SCANNED = ['app', 'lib', 'components']
const SKIPPED = new Set(['node_modules', 'generated'])
const HTTP_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export interface EntryPoint {
  kind: 'action' | 'route'
  /** Relative to the repository root, with forward slashes. */
  file: string
  /** The export's name (an HTTP method for routes); `inline@<line>` for an inline server action. */
  name: string
}

export const entryKey = (entry: { file: string; name: string }) => `${entry.file}#${entry.name}`

function sourceFiles(dir: string): string[] {
  const files: string[] = []
  for (const item of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(item.name)) continue
    const full = path.join(dir, item.name)
    if (item.isDirectory()) files.push(...sourceFiles(full))
    else if (/\.(ts|tsx)$/.test(item.name) && !item.name.endsWith('.d.ts')) files.push(full)
  }
  return files
}

function hasUseServer(statements: ts.NodeArray<ts.Statement>): boolean {
  // Directives are the leading string-literal statements.
  for (const statement of statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) return false
    if (statement.expression.text === 'use server') return true
  }
  return false
}

const isExported = (node: ts.Node) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)

/** Names of the module's value exports (types and interfaces are not endpoints). */
function exportedValues(source: ts.SourceFile): string[] {
  const names: string[] = []
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) names.push(statement.name.text)
    else if (ts.isVariableStatement(statement) && isExported(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text)
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (!element.isTypeOnly) names.push(element.name.text)
    } else if (ts.isExportAssignment(statement)) names.push('default')
  }
  return names
}

/** Functions (anywhere in the file) whose body starts with 'use server'. */
function inlineActions(source: ts.SourceFile): number[] {
  const lines: number[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isArrowFunction(node) || ts.isMethodDeclaration(node)) && node.body && ts.isBlock(node.body)) {
      if (hasUseServer(node.body.statements)) lines.push(source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return lines
}

export function findEntryPoints(root = ROOT): EntryPoint[] {
  const entries: EntryPoint[] = []
  for (const dir of SCANNED) {
    for (const full of sourceFiles(path.join(root, dir))) {
      const file = path.relative(root, full).split(path.sep).join('/')
      const text = fs.readFileSync(full, 'utf8')
      if (!text.includes('use server') && !/(^|\/)route\.tsx?$/.test(file)) continue
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
      if (hasUseServer(source.statements)) {
        for (const name of exportedValues(source)) entries.push({ kind: 'action', file, name })
      }
      for (const line of inlineActions(source)) entries.push({ kind: 'action', file, name: `inline@${line}` })
      if (file.startsWith('app/') && /\/route\.tsx?$/.test(file)) {
        for (const name of exportedValues(source)) if (HTTP_METHODS.has(name)) entries.push({ kind: 'route', file, name })
      }
    }
  }
  return entries.sort((a, b) => entryKey(a).localeCompare(entryKey(b)))
}
