'use server'
// Live preview for the composer and reply forms: the same renderer and sanitizer as the page.
import { getSessionUser } from '../auth'
import { renderMarkdown } from '../markdown/render'
import { consume } from '../rate-limit'
import { previewSchema } from './schemas'

// Previews are debounced in the browser; this only stops a script from using us as a renderer.
const PREVIEW_LIMIT = { name: 'markdown-preview', points: 600, durationSeconds: 600 }

export async function previewMarkdown(source: string): Promise<{ html: string; error?: string }> {
  const user = await getSessionUser()
  if (!user) return { html: '', error: 'Sign in to preview.' }
  const parsed = previewSchema.safeParse({ source })
  if (!parsed.success) return { html: '', error: parsed.error.issues[0]?.message }
  if (!(await consume(PREVIEW_LIMIT, user.id)).allowed) return { html: '', error: 'Preview paused for a moment.' }
  return { html: renderMarkdown(parsed.data.source) }
}
