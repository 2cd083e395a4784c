// RSS 2.0 for the newest stories. Every text goes through escapeXml; links are absolute.
export interface FeedItem {
  title: string
  url: string
  summary: string
  author: string | null
  publishedAt: Date
  categories: string[]
}

export interface Feed {
  title: string
  description: string
  /** The page the feed belongs to (absolute). */
  siteUrl: string
  /** The feed's own URL (absolute). */
  feedUrl: string
  items: FeedItem[]
}

// Characters XML 1.0 forbids outright (control characters a member might paste in).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export function renderRss(feed: Feed): string {
  const items = feed.items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${item.publishedAt.toUTCString()}</pubDate>
${item.author ? `      <dc:creator>${escapeXml(item.author)}</dc:creator>\n` : ''}${item.categories.map((c) => `      <category>${escapeXml(c)}</category>\n`).join('')}      <description>${escapeXml(item.summary)}</description>
    </item>`,
    )
    .join('\n')
  const updated = feed.items[0]?.publishedAt ?? new Date(0)
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.siteUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>en</language>
    <lastBuildDate>${updated.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`
}
