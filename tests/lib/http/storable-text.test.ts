import { describe, expect, it } from 'vitest'
import { changeRoleSchema, profileSchema } from '@/lib/accounts/schemas'
import { createCommentSchema } from '@/lib/comments/schemas'
import { addBannedTermSchema } from '@/lib/defences/schemas'
import { modActionSchema } from '@/lib/moderation/schemas'
import { reportSchema } from '@/lib/reports/schemas'
import { storyListQuerySchema } from '@/lib/discovery/schemas'
import { isStorableText, storableString, UNSTORABLE_TEXT_MESSAGE } from '@/lib/http/storable-text'
import { searchTextSchema } from '@/lib/search/schemas'
import { editStorySchema, previewSchema } from '@/lib/stories/schemas'

describe('isStorableText', () => {
  it('accepts any real text, emoji (surrogate pairs) and control characters other than NUL included', () => {
    for (const text of ['', 'zinc', 'café', '😀 helped', 'tab\there', 'line\nbreak', '\u0001', '\uFFFD']) expect(isStorableText(text), JSON.stringify(text)).toBe(true)
  })

  it('refuses NUL and lone surrogates', () => {
    for (const text of ['\u0000', 'zinc\u0000', '\ud83d', 'a\ud83db', '\ude00', 'x\ude00\ud83d']) expect(isStorableText(text), JSON.stringify(text)).toBe(false)
  })
})

describe('storableString', () => {
  it('chains like z.string() and names the problem', () => {
    const schema = storableString().trim().min(2)
    expect(schema.parse('  ok  ')).toBe('ok')
    expect(schema.safeParse('ok\u0000').error?.issues.map((i) => i.message)).toEqual([UNSTORABLE_TEXT_MESSAGE])
  })

  it.each([
    ['a reply', () => createCommentSchema.safeParse({ postId: 1, body: 'zinc\u0000 helped' })],
    ['a story title', () => editStorySchema.safeParse({ postId: 1, title: 'Zinc \ud83d', body: 'x'.repeat(40), visibility: 'PUBLIC' })],
    ['a preview', () => previewSchema.safeParse({ source: '\u0000' })],
    ['a search', () => searchTextSchema.safeParse('zinc\u0000')],
    ['a tag filter', () => storyListQuerySchema.safeParse({ tag: ['acne\u0000'] })],
    ['a profile bio', () => profileSchema.safeParse({ bio: 'eczema\u0000' })],
    ['a role change reason', () => changeRoleSchema.safeParse({ userId: 'u1', role: 'MEMBER', reason: 'x\u0000' })],
    ['a report note', () => reportSchema.safeParse({ type: 'post', id: 1, reason: 'SPAM', note: 'spam\u0000' })],
    ['a moderator’s reason', () => modActionSchema.safeParse({ action: 'HIDE', targetType: 'POST', targetId: 1, reason: 'x\u0000' })],
    ['a banned term', () => addBannedTermSchema.safeParse({ kind: 'WORD', value: 'spam\u0000' })],
  ])('is what %s is checked with', (_what, parse) => {
    expect(parse().error?.issues.map((i) => i.message)).toContain(UNSTORABLE_TEXT_MESSAGE)
  })
})
