import Link from 'next/link'

/** The title row of the moderators' pages, with links to the other ones. */
export function ModPageHeader({ title, links }: { title: string; links: { href: string; label: string }[] }) {
  return (
    <header className="flex flex-wrap items-baseline justify-between gap-3">
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">{title}</h1>
      <nav aria-label="Moderation" className="flex gap-4 text-sm">
        {links.map((link) => (
          <Link key={link.href} href={link.href} className="text-accent underline">
            {link.label}
          </Link>
        ))}
      </nav>
    </header>
  )
}
