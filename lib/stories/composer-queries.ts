// The composer's choices: the tag catalogue and the article's questions.
import 'server-only'
import { db } from '../db'
import type { TagCategory } from '../generated/prisma/enums'

export interface TagOption {
  id: number
  name: string
  /** Lowercase words the picker also matches ("atopic dermatitis" finds eczema). */
  synonyms: string[]
  category: TagCategory | null
}

export interface ComposerOptions {
  conditions: TagOption[]
  interventions: TagOption[]
  questions: { id: number; text: string }[]
}

export async function getComposerOptions(): Promise<ComposerOptions> {
  const [tags, questions] = await Promise.all([
    db.tag.findMany({ orderBy: { name: 'asc' }, select: { id: true, kind: true, name: true, synonyms: true, category: true } }),
    db.articleQuestion.findMany({ orderBy: [{ articleId: 'asc' }, { position: 'asc' }], select: { id: true, text: true } }),
  ])
  const option = ({ id, name, synonyms, category }: (typeof tags)[number]) => ({ id, name, synonyms, category })
  return {
    conditions: tags.filter((t) => t.kind === 'CONDITION').map(option),
    interventions: tags.filter((t) => t.kind === 'INTERVENTION').map(option),
    questions,
  }
}
