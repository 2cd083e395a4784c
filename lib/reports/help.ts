// Where to find help, shown to a member who reports that someone may harm themselves (and to
// the moderators handling such a report). Browser-safe. Numbers checked November 2026: 988 is
// the Suicide & Crisis Lifeline in the US and Canada, 116 123 is Samaritans in the UK and
// Ireland, findahelpline.com lists free lines by country.

export interface HelpLine {
  text: string
  link?: { label: string; href: string }
}

export const SELF_HARM_HELP = {
  title: 'If you or someone else may be in danger',
  intro:
    'Thank you for telling us. Moderators look at these reports first, but they are volunteers, not a crisis service, and may not see it straight away.',
  lines: [
    { text: 'If someone is in immediate danger, call your local emergency number (112 in Europe, 911 in the US and Canada, 999 in the UK).' },
    { text: 'In the US and Canada, call or text 988, any time.' },
    { text: 'In the UK and Ireland, call Samaritans free on 116 123, any time.' },
    {
      text: 'In other countries, findahelpline.com lists free, confidential helplines.',
      link: { label: 'findahelpline.com', href: 'https://findahelpline.com' },
    },
  ] satisfies HelpLine[],
  outro: 'If it is you who is struggling: you are not alone, and talking to someone can help.',
} as const
