// Markdown for stories and comments: CommonMark + GFM rendered by marked, then sanitized with
// sanitize-html against an allow-list. Raw HTML typed by a member is shown as text, never
// rendered; links may only be http(s) or mailto and carry rel="nofollow ugc noopener".
import { Marked } from 'marked'
import sanitizeHtml from 'sanitize-html'
import { escapeHtml } from '../html'

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    // Members' raw HTML is escaped into text: nothing they type becomes markup.
    html({ text }) {
      return escapeHtml(text)
    },
    // No hot-linked images (tracking pixels, huge files): an image becomes a link to it.
    image({ href, text }) {
      return `<a href="${escapeHtml(href)}">${escapeHtml(text || 'image')}</a>`
    },
  },
})

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'strong', 'em', 'del', 'code', 'pre', 'blockquote',
    'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    input: ['type', 'checked', 'disabled'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: { ...(attribs.href ? { href: attribs.href } : {}), ...(attribs.title ? { title: attribs.title } : {}), rel: 'nofollow ugc noopener' },
    }),
    // GFM task-list checkboxes only; any other input is dropped below.
    input: (tagName, attribs) => ({
      tagName: attribs.type === 'checkbox' ? tagName : 'span',
      attribs: attribs.type === 'checkbox' ? { type: 'checkbox', disabled: '', ...(attribs.checked !== undefined ? { checked: '' } : {}) } : {},
    }),
  },
}

/** Renders member-written markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source) as string
  return sanitizeHtml(html, SANITIZE_OPTIONS)
}

/** Plain text of the markdown (for excerpts, meta descriptions and notifications). */
export function markdownToText(source: string): string {
  return sanitizeHtml(marked.parse(source) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    // Last: a typed "&lt;" arrives as "&amp;lt;" and must stay "&lt;", not become "<".
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

// Prose with no markdown or HTML syntax at all is its own plain text: parsing and sanitizing it
// (~0.5 ms) would return it unchanged, and a story list asks for twenty excerpts a page.
const MARKUP_CHARACTERS = /[*_`~#<>[\]!&\\|]/
const MARKUP_LINE_START = /^(?: {4}|\t| {0,3}(?:[-+=]|\d{1,9}[.)](?:\s|$)))/m

export function excerpt(source: string, maxLength = 240): string {
  const plain = !MARKUP_CHARACTERS.test(source) && !MARKUP_LINE_START.test(source)
  const text = plain ? source.replace(/\s+/g, ' ').trim() : markdownToText(source)
  if (text.length <= maxLength) return text
  const cut = text.slice(0, maxLength)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), maxLength - 20)).trimEnd()}…`
}

