import type { Metadata } from 'next'
import { z } from 'zod'
import { requireUser } from '@/lib/auth'
import { paths } from '@/lib/paths'
import { getComposerOptions } from '@/lib/stories/composer-queries'
import { StoryComposer } from './_components/story-composer'

export const metadata: Metadata = { title: 'Write a story', robots: { index: false } }

const searchSchema = z.object({ question: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined) })

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function NewStoryPage(props: Props) {
  const { question } = searchSchema.parse(await props.searchParams)
  await requireUser({ redirectTo: paths.newStory(question) })
  const options = await getComposerOptions()
  const questionId = options.questions.some((q) => q.id === question) ? question : undefined
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">Write a story</h1>
        <p className="text-muted">
          What did you try for your skin, and how did it go? Your own experience helps the next person, even when nothing worked.
        </p>
      </header>
      <StoryComposer options={options} questionId={questionId} />
    </div>
  )
}
