// Input of the insights routes: a tag slug in the path, interventions to compare in the query.
import { z } from 'zod'
import { MAX_COMPARE, MIN_COMPARE } from './policies'

const MAX_SLUG_LENGTH = 100

export const tagSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Give a condition, such as "acne"')
  .max(MAX_SLUG_LENGTH, `At most ${MAX_SLUG_LENGTH} characters`)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Letters, digits and dashes only, such as "acne" or "hormonal-acne"')

export const conditionParamsSchema = z.object({ condition: tagSlugSchema })

export const compareQuerySchema = z.object({
  i: z
    .array(tagSlugSchema)
    .transform((slugs) => [...new Set(slugs)])
    .pipe(
      z
        .array(z.string())
        .min(MIN_COMPARE, `Choose at least ${MIN_COMPARE} interventions`)
        .max(MAX_COMPARE, `Choose at most ${MAX_COMPARE} interventions`),
    ),
})

/** `?i=a&i=b` or `?i=a,b` as a list. */
export function compareInput(value: string | string[] | undefined): { i: string[] } {
  const list = value === undefined ? [] : Array.isArray(value) ? value : [value]
  return { i: list.flatMap((v) => v.split(',')).filter(Boolean) }
}

/** `?all=1`: list every ranked row instead of the first TOP_SHOWN. Anything else: the default. */
export function showAllInput(value: string | string[] | undefined): boolean {
  return (Array.isArray(value) ? value[0] : value) === '1'
}
