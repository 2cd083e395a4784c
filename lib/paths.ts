// Typed URL builders: every internal link goes through here, never a hand-built string.

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
  return slug || 'thread'
}

export const paths = {
  home: () => '/',
  stories: () => '/stories',
  thread: (id: number, title?: string) => (title ? `/t/${id}/${slugify(title)}` : `/t/${id}`),
  /** A comment's own page: its subtree with its ancestors for context. */
  comment: (postId: number, commentId: number) => `/t/${postId}?comment=${commentId}#comment-${commentId}`,
  article: (slug: string) => `/articles/${slug}`,
  tag: (slug: string) => `/tags/${slug}`,
  user: (handle: string) => `/u/${encodeURIComponent(handle)}`,
} as const
