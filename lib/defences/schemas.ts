// Admin forms of the defences: banned terms and the auto-hide threshold. Shared by the forms
// (hints) and the server actions (truth).
import { z } from 'zod'
import { storableString } from '../http/storable-text'
import { BANNED_TERM_MAX_LENGTH, normalizeDomain, normalizeWord } from './banned-term-rules'

export const BANNED_TERM_KINDS = ['WORD', 'URL'] as const

export const addBannedTermSchema = z
  .object({
    kind: z.enum(BANNED_TERM_KINDS, 'Choose a word or a link domain'),
    value: storableString().trim().min(1, 'Write the word or domain').max(BANNED_TERM_MAX_LENGTH, `At most ${BANNED_TERM_MAX_LENGTH} characters`),
  })
  .transform((input, ctx) => {
    if (input.kind === 'URL') {
      const domain = normalizeDomain(input.value)
      if (!domain) {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'Give a domain such as spam.example (a pasted link works too)' })
        return z.NEVER
      }
      return { kind: input.kind, value: domain }
    }
    const word = normalizeWord(input.value)
    if (word.length < 2 || !/[\p{L}\p{N}]/u.test(word)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'A word needs at least two letters or digits' })
      return z.NEVER
    }
    return { kind: input.kind, value: word }
  })
export type AddBannedTermInput = z.infer<typeof addBannedTermSchema>

export const removeBannedTermSchema = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })
