import { describe, expect, it } from 'vitest'
import { paths, slugify } from '@/lib/paths'

describe('slugify', () => {
  it('makes a readable ASCII slug', () => {
    expect(slugify('Six weeks of LGG & less sugar: fewer breakouts!')).toBe('six-weeks-of-lgg-less-sugar-fewer-breakouts')
    expect(slugify('Crème brûlée, déjà vu')).toBe('creme-brulee-deja-vu')
  })

  it('never returns an empty slug or a trailing dash', () => {
    expect(slugify('!!!')).toBe('thread')
    expect(slugify('a'.repeat(59) + ' b', 60)).not.toMatch(/-$/)
  })
})

describe('paths', () => {
  it('builds thread and comment URLs', () => {
    expect(paths.thread(42, 'Zinc for acne?')).toBe('/t/42/zinc-for-acne')
    expect(paths.thread(42)).toBe('/t/42')
    expect(paths.comment(42, 7)).toBe('/t/42?comment=7#comment-7')
  })

  it('encodes handles in profile URLs', () => {
    expect(paths.user('a/b')).toBe('/u/a%2Fb')
  })
})
