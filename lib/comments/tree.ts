// Comment trees in one query. Each comment stores a materialised path: its ancestors' and its own
// sequence numbers (numbered per post, in order of posting), each as SEGMENT_WIDTH base-36
// digits. Sorting by path (byte order) lists a whole thread depth-first, oldest sibling first.

export const SEGMENT_WIDTH = 6
/** 36^6 − 1: comments a single post can number. */
export const MAX_COMMENT_SEQ = 36 ** SEGMENT_WIDTH - 1

export function pathSegment(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_COMMENT_SEQ) {
    throw new RangeError(`comment sequence out of range: ${seq}`)
  }
  return seq.toString(36).padStart(SEGMENT_WIDTH, '0')
}

/** Path of a new comment with sequence number `seq`, under `parentPath` (null at top level). */
export function childPath(parentPath: string | null, seq: number): string {
  return (parentPath ?? '') + pathSegment(seq)
}

export function depthOfPath(path: string): number {
  return path.length / SEGMENT_WIDTH - 1
}

/** Byte-order comparison, the same as PostgreSQL's COLLATE "C". */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export interface TreeRow {
  id: number
  parentId: number | null
  path: string
}

export type TreeNode<T extends TreeRow> = T & { children: TreeNode<T>[] }

/**
 * Nests rows (in any order) into a forest. Children keep path order unless `compareSiblings`
 * reorders them (e.g. "best" sort). Rows whose parent is missing become roots.
 */
export function buildTree<T extends TreeRow>(
  rows: readonly T[],
  compareSiblings: (a: T, b: T) => number = (a, b) => comparePaths(a.path, b.path),
): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>()
  for (const row of rows) nodes.set(row.id, { ...row, children: [] })
  const roots: TreeNode<T>[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sortLevel = (level: TreeNode<T>[]) => {
    level.sort(compareSiblings)
    for (const node of level) sortLevel(node.children)
  }
  sortLevel(roots)
  return roots
}
