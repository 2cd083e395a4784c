// Where to find help, for someone who reported that a person may harm themselves. The words
// live in lib/reports/help.ts so the moderators' queue can show the same.
import { SELF_HARM_HELP } from '@/lib/reports/help'

export function SelfHarmHelp({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section aria-labelledby="self-harm-help-title" className="rounded-xl border border-accent/40 bg-accent-soft p-4 sm:p-5">
      <Heading id="self-harm-help-title" className="text-lg font-semibold">
        {SELF_HARM_HELP.title}
      </Heading>
      <p className="mt-2">{SELF_HARM_HELP.intro}</p>
      <ul className="mt-3 list-disc space-y-1.5 pl-5">
        {SELF_HARM_HELP.lines.map((line) => (
          <li key={line.text}>
            {line.link ? (
              <>
                {line.text.slice(0, line.text.indexOf(line.link.label))}
                <a href={line.link.href} rel="noopener noreferrer" className="font-medium text-accent underline">
                  {line.link.label}
                </a>
                {line.text.slice(line.text.indexOf(line.link.label) + line.link.label.length)}
              </>
            ) : (
              line.text
            )}
          </li>
        ))}
      </ul>
      <p className="mt-3">{SELF_HARM_HELP.outro}</p>
    </section>
  )
}
