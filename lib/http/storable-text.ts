// Text PostgreSQL can store as it was typed. A `text` value cannot hold NUL (U+0000): the query
// fails ("invalid byte sequence for encoding UTF8: 0x00") and the visitor got a 500. A lone
// surrogate (half of an emoji, "\ud83d" in JSON) is not Unicode at all: the driver would store it
// as U+FFFD, silently changing what was written. Neither comes from a keyboard; both come from
// crafted requests, so every schema that takes free text refuses them with a message (422 from
// the APIs, a field message in the forms) before any query runs. Browser-safe: no server imports.
import { z } from 'zod'

export const UNSTORABLE_TEXT_MESSAGE = 'Remove the control character (NUL) or broken Unicode character from the text'

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value)
}

/** z.string() that refuses what PostgreSQL cannot store; chain .trim(), .min() and .max() as usual. */
export function storableString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)
}
