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
  /** The story composer; with a question id, the story answers that article question. */
  newStory: (questionId?: number) => (questionId ? `/new?question=${questionId}` : '/new'),
  notifications: () => '/notifications',
  forgotPassword: () => '/forgot-password',
  /** The page a mailed reset link opens; the token is the link's only authorization. */
  resetPassword: (token?: string) => (token ? `/reset-password?${new URLSearchParams({ token })}` : '/reset-password'),
  /** The page a mailed confirmation link opens. */
  verifyEmail: (token: string) => `/verify-email?${new URLSearchParams({ token })}`,
  /** The sign-in page; `callback` is where to go afterwards (a same-site path). */
  signIn: (callback?: string) => (callback && callback !== '/' ? `/signin?${new URLSearchParams({ callbackUrl: callback })}` : '/signin'),
  /** The sign-up page; `consentRequired` when an OAuth sign-in came without the form's consent. */
  signUp: (consentRequired?: boolean) => (consentRequired ? '/signup?consent=required' : '/signup'),
  /** The member's settings; `welcome` greets a new OAuth account. */
  settings: (welcome?: boolean) => (welcome ? '/settings?welcome=1' : '/settings'),
  /** The signed-in member's data as a JSON download. */
  accountExport: () => '/api/account/export',
  /** Where a deleted account lands (`mode`: anonymise or erase, to say what happened). */
  goodbye: (mode: string) => `/goodbye?${new URLSearchParams({ mode })}`,
  privacy: () => '/privacy',
  /** JSON { unread } for the header's bell. */
  notificationCount: () => '/notifications/count',
  bookmarks: () => '/bookmarks',
  /** The report form for a story or reply (by number) or a member (by handle). */
  report: (type: 'post' | 'comment' | 'user', id: number | string) => `/report?${new URLSearchParams({ type, id: String(id) })}`,
  /** The signed-in member's own reports and what became of them. */
  reports: () => '/reports',
  /** The moderators' queue, their full log (`before`: keyset page), and the public log. */
  modQueue: () => '/mod',
  modLog: (before?: number) => (before ? `/mod/log?before=${before}` : '/mod/log'),
  moderationLog: (before?: number) => (before ? `/moderation?before=${before}` : '/moderation'),
  /** Admins: members and roles (`q` filters, `page` from 1), and the spam and abuse defences. */
  adminUsers: (q?: string, page?: number) => {
    const params = new URLSearchParams()
    if (q) params.set('q', q)
    if (page && page > 1) params.set('page', String(page))
    return params.size ? `/admin/users?${params}` : '/admin/users'
  },
  adminDefences: () => '/admin/moderation',
  /** Admins: a member's edit history. */
  adminUserRevisions: (userId: string) => `/admin/users/${encodeURIComponent(userId)}/revisions`,
  /** Full-text search; `query` carries the same filters as the story list. */
  search: (q?: string, query?: URLSearchParams) => {
    const params = new URLSearchParams(query)
    if (q) params.set('q', q)
    const qs = params.toString()
    return qs ? `/search?${qs}` : '/search'
  },
  /** The story list with filters (from lib/discovery/url filterSearchParams). */
  storiesFiltered: (query: URLSearchParams) => (query.size ? `/stories?${query.toString()}` : '/stories'),
  storiesFeed: () => '/feeds/stories.xml',
  tagFeed: (slug: string) => `/feeds/tags/${slug}.xml`,
  apiStories: (query: URLSearchParams) => (query.size ? `/api/stories?${query.toString()}` : '/api/stories'),
  insights: () => '/insights',
  insightsCondition: (slug: string) => `/insights/${slug}`,
  insightsIntervention: (slug: string) => `/insights/intervention/${slug}`,
  /** Two or three interventions side by side for one condition. */
  insightsCompare: (condition: string, interventions: string[]) =>
    `/insights/${condition}/compare${interventions.length ? `?${new URLSearchParams(interventions.map((slug) => ['i', slug]))}` : ''}`,
  apiInsights: (condition: string) => `/api/insights/${condition}`,
  /** Liveness and database reachability (503 while the database is unreachable). */
  health: () => '/api/health',
} as const

/** Route patterns (the folders under app/), for revalidatePath(pattern, 'page'): every page of that kind. */
export const routes = {
  thread: '/t/[id]/[[...slug]]',
} as const
