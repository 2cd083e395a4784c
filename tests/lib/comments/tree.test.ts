import { describe, expect, it } from 'vitest'
import { buildTree, childPath, comparePaths, depthOfPath, pathSegment } from '@/lib/comments/tree'

describe('comment paths', () => {
  it('encodes a sequence number as six base-36 digits', () => {
    expect(pathSegment(1)).toBe('000001')
    expect(pathSegment(36)).toBe('000010')
    expect(pathSegment(36 ** 6 - 1)).toBe('zzzzzz')
  })

  it('refuses sequence numbers it cannot encode', () => {
    expect(() => pathSegment(0)).toThrow(RangeError)
    expect(() => pathSegment(36 ** 6)).toThrow(RangeError)
    expect(() => pathSegment(1.5)).toThrow(RangeError)
  })

  it('appends a child to its parent path and knows its depth', () => {
    const top = childPath(null, 3)
    const reply = childPath(top, 10)
    expect(reply).toBe('000003' + '00000a')
    expect(depthOfPath(top)).toBe(0)
    expect(depthOfPath(reply)).toBe(1)
  })

  it('sorts a thread depth-first with older siblings first', () => {
    const a = childPath(null, 1)
    const b = childPath(null, 2)
    const a1 = childPath(a, 3)
    const a1x = childPath(a1, 40) // numbered later than b, still sorts under a1
    const a2 = childPath(a, 5)
    const sorted = [b, a2, a1x, a, a1].sort(comparePaths)
    expect(sorted).toEqual([a, a1, a1x, a2, b])
  })
})

describe('buildTree', () => {
  const rows = [
    { id: 1, parentId: null, path: childPath(null, 1), score: 1 },
    { id: 2, parentId: 1, path: childPath(childPath(null, 1), 2), score: 5 },
    { id: 3, parentId: null, path: childPath(null, 3), score: 9 },
    { id: 4, parentId: 1, path: childPath(childPath(null, 1), 4), score: 7 },
  ]

  it('nests replies under their parents in path order', () => {
    const tree = buildTree([...rows].reverse())
    expect(tree.map((n) => n.id)).toEqual([1, 3])
    expect(tree[0]?.children.map((n) => n.id)).toEqual([2, 4])
  })

  it('orders siblings with a custom comparison at every level', () => {
    const tree = buildTree(rows, (a, b) => b.score - a.score)
    expect(tree.map((n) => n.id)).toEqual([3, 1])
    expect(tree[1]?.children.map((n) => n.id)).toEqual([4, 2])
  })

  it('treats a comment whose parent is missing as a root', () => {
    const tree = buildTree([rows[1]!])
    expect(tree.map((n) => n.id)).toEqual([2])
  })
})
