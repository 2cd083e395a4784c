// Excerpts for story cards: plain prose skips the markdown parser (twenty cards a page), and
// gives the same text the parser would.
import { describe, expect, it } from 'vitest'
import { excerpt, markdownToText } from '@/lib/markdown/render'

describe('excerpts', () => {
  it.each([
    'Plain words.\n\nA second paragraph, with "quotes" and it\'s fine.',
    'Line one\nline two: 50% better - honestly',
    'Took zinc (30 mg) daily; skin calmed down.',
  ])('take the plain-text shortcut only where the parser would give the same text: %s', (source) => {
    expect(excerpt(source, 1000)).toBe(markdownToText(source))
  })

  it('still parse markdown where there is any', () => {
    expect(excerpt('**Bold** and [a link](https://example.com)')).toBe('Bold and a link')
    expect(excerpt('- one\n- two')).toBe('one two')
  })
})
