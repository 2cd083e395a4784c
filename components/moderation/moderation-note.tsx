/** What the author (and the moderators) see on their own hidden or held content. */
export function ModerationNote({ text }: { text: string | null }) {
  if (!text) return null
  return (
    <p role="note" className="my-2 rounded-lg border border-bad/40 bg-bad-soft px-3 py-2 text-sm font-medium text-bad">
      {text}
    </p>
  )
}
