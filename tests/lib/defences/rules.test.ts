import { describe, expect, it } from 'vitest'
import { compileTerms, findBannedTerm, hostsInText, normalizeDomain, normalizeWord } from '@/lib/defences/banned-term-rules'
import { duplicateMessage, normalizeBody } from '@/lib/defences/duplicate'
import { containsLink, initialContentStatus, isNewAccount } from '@/lib/defences/new-account'

const HOUR = 3_600_000
const now = new Date('2026-06-01T12:00:00Z')

describe('isNewAccount', () => {
  it.each([
    [1, 10, true],
    [23.9, 10, true],
    [24, 10, false],
    [24 * 30, 3, false],
    [24 * 30, 2, true],
    [24 * 30, 0, true],
    [2, 0, true],
  ])('an account %s hours old with %s approved posts is new: %s', (hours, approvedPostCount, expected) => {
    expect(isNewAccount({ createdAt: new Date(now.getTime() - hours * HOUR), approvedPostCount }, now)).toBe(expected)
  })

  it('holds a new account’s text with a link, and nothing else', () => {
    const fresh = { createdAt: now, approvedPostCount: 0 }
    const settled = { createdAt: new Date(now.getTime() - 48 * HOUR), approvedPostCount: 5 }
    expect(initialContentStatus(fresh, ['see https://example.com'], now)).toBe('PENDING')
    expect(initialContentStatus(fresh, ['no link here', undefined, null], now)).toBe('VISIBLE')
    expect(initialContentStatus(settled, ['see https://example.com'], now)).toBe('VISIBLE')
  })
})

describe('containsLink', () => {
  it.each([
    'see https://example.com for details',
    'HTTP://EXAMPLE.COM',
    'ftp://files.example.org/x',
    'go to www.example.com',
    'WWW.cheap-pills.biz',
    '[my shop](https://shop.example)',
    '[my shop](shop.example.com/buy)',
    '[click](//evil.example.com)',
    '<https://example.com>',
    'buy at cheap-pills.shop now',
    'healthline.com/nutrition/probiotics says so',
    'Healthline.com says so',
    'see example.co.uk',
    'visit example[.]com today',
    'visit example (dot) com today',
    'my site: skin-secrets.xyz',
    'helped.me/offer is my blog',
    'pills.ru',
  ])('finds a link in %j', (text) => {
    expect(containsLink(text)).toBe(true)
  })

  it.each([
    'Probiotics, e.g. LGG, helped me.',
    'i.e. it did not work',
    'About 2.5% of people; 1.5 mg; version 3.10.2',
    'L. rhamnosus GG and B. lactis',
    'It helped.It really did.',
    'nothing helped.me neither',
    'I tried it.So worth it',
    'Dr. Smith said no.',
    'write to me at jane@mail.example.org',
    'see [the other thread](/t/12/zinc) and [that reply](#comment-4)',
    'write [to me](mailto:jane@example.org)',
    'Vitamin B3. Then zinc.',
    'It was Nov. 5th',
    'sleep...more water...less sugar',
    'node.js and next.js are not skin care',
  ])('finds no link in %j', (text) => {
    expect(containsLink(text)).toBe(false)
  })
})

describe('banned terms', () => {
  const compiled = compileTerms([
    { kind: 'WORD', value: 'viagra' },
    { kind: 'WORD', value: 'miracle cure' },
    { kind: 'URL', value: 'spam.example' },
  ])

  it.each([
    ['Buy VIAGRA now', 'viagra'],
    ['viagra.', 'viagra'],
    ['(viagra)', 'viagra'],
    ['v i a g r a', 'viagra'],
    ['v.i.a.g.r.a', 'viagra'],
    ['V-I-A-G-R-A!', 'viagra'],
    ['Viàgra', 'viagra'],
    ['Ｖｉａｇｒａ', 'viagra'],
    ['a Miracle   Cure for acne', 'miracle cure'],
  ])('refuses the word in %j', (text, value) => {
    expect(findBannedTerm(text, compiled)).toEqual({ kind: 'WORD', value })
  })

  it.each(['viagras are not a word I use', 'aviagra', 'via grace street', 'v i a g r ain', 'a miracle, cure', 'miraclecure'])('lets %j through', (text) => {
    expect(findBannedTerm(text, compiled)).toBeNull()
  })

  it.each([
    'https://spam.example/offer',
    'see www.spam.example',
    'shop.spam.example/buy',
    'deep.sub.SPAM.example',
    'mail me: sales@spam.example',
    'spam[.]example',
    '[click](https://x.spam.example/path?q=1)',
  ])('refuses the domain in %j', (text) => {
    expect(findBannedTerm(text, compiled)).toEqual({ kind: 'URL', value: 'spam.example' })
  })

  it.each(['notspam.example', 'spam.example.org', 'spam example', 'https://myspam.example'])('lets the other domain %j through', (text) => {
    expect(findBannedTerm(text, compiled)).toBeNull()
  })

  it('normalises what an admin types', () => {
    expect(normalizeWord('  Miracle   CURE ')).toBe('miracle cure')
    expect(normalizeDomain('https://www.Spam.example/offer?x=1')).toBe('spam.example')
    expect(normalizeDomain('user@shop.example:8080')).toBe('shop.example')
    expect(normalizeDomain('not a domain')).toBeNull()
    expect(hostsInText('a.example and b.c.example')).toEqual(['a.example', 'b.c.example'])
  })
})

describe('duplicate bodies', () => {
  it('compares text ignoring case and whitespace', () => {
    expect(normalizeBody('  Zinc  helped\n\nme a LOT ')).toBe(normalizeBody('zinc helped me a lot'))
    expect(normalizeBody('Zinc helped')).not.toBe(normalizeBody('Zinc helped!'))
  })

  it('says how long ago', () => {
    expect(duplicateMessage(new Date(now.getTime() - 30_000), now)).toBe('You posted this same text less than a minute ago.')
    expect(duplicateMessage(new Date(now.getTime() - 60_000), now)).toBe('You posted this same text 1 minute ago.')
    expect(duplicateMessage(new Date(now.getTime() - 42 * 60_000), now)).toBe('You posted this same text 42 minutes ago.')
  })
})
