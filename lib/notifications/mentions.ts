// @handle mentions in member-written text. Browser-safe.

/** Handles are letters, digits, underscores and hyphens (lib/accounts/policies.ts). */
const MENTION = /(?:^|[^\w@/-])@([A-Za-z0-9_-]{2,30})/g
export const MAX_MENTIONS = 10

/** Lowercase handle keys mentioned in `text`, ignoring code spans and blocks. */
export function extractMentions(text: string): string[] {
  const withoutCode = text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ')
  const keys = new Set<string>()
  for (const match of withoutCode.matchAll(MENTION)) {
    keys.add(match[1]!.replace(/-+$/, '').toLowerCase())
    if (keys.size >= MAX_MENTIONS) break
  }
  return [...keys]
}
