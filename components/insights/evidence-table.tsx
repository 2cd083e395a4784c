// The figures of an insights page in one structure: a table whose "helped" column draws each
// share and its interval as an SVG bar. The table is the chart's text equivalent for screen
// readers and where every number links to the stories behind it, so nothing is rendered twice.
//
// Why a string: the table is static markup (no state, no handlers), yet as React elements every
// request walked ~20 elements per row twice, once for the RSC payload and once for the HTML:
// about half the page's server time. Built as one string it costs a few string joins, and it
// reaches the browser as the same markup. Every name, link and label goes through `escapeHtml`
// (tests/lib/insights/pages.test.ts feeds it markup as a tag name). Plain <a> rather than
// next/link, whose viewport prefetch would fetch a story list per number.
import type { FigureLinks, Scope } from '@/lib/insights/links'
import type { PairEvidence } from '@/lib/insights/queries'
import { escapeHtml } from '@/lib/html'
import { percent, percentRange, weeks } from '@/lib/insights/format'
import { intervalBarMarkup } from './interval-bar'

export interface EvidenceTableProps {
  /** Names the table for screen readers (the section heading names it on screen). */
  caption: string
  /** What the bar and the columns mean, shown above the table (outside its sideways scroll). */
  legend: string
  /** Header of the first column: "Intervention" or "Condition". */
  nameHeader: string
  pairs: PairEvidence[]
  /** The insights page of the row's tag. */
  pageFor: (pair: PairEvidence) => string
  /** The stories behind a pair's figures, over everyone or over only-change reports; null when
   * the figures are withheld. */
  linksFor: (pair: PairEvidence, scope: Scope) => FigureLinks | null
  /** Which median to show: time tried by everyone, or by those it helped before it did. */
  median: 'all' | 'helped'
  /** A checkbox per row (`name="i"`) for a compare form around the table. */
  compare?: boolean
}



/** A count that opens the stories behind it; zero opens nothing. */
function count(value: number, href: string | undefined, label: string): string {
  return value > 0 && href ? `<a href="${escapeHtml(href)}" aria-label="${escapeHtml(label)}">${value}</a>` : String(value)
}

function row(pair: PairEvidence, props: EvidenceTableProps): string {
  const e = pair.overall
  if (!e.enough) return ''
  const name = pair.tag.name
  const links = props.linksFor(pair, 'all')
  const only = pair.onlyChange
  const onlyLinks = props.linksFor(pair, 'only-change')
  const onlyCell = only.enough
    ? `${count(only.helped.count, onlyLinks?.helped, `${only.helped.count} said it helped when it was their only change: see their stories about ${name}`)} of ` +
      `${count(only.contributors, onlyLinks?.all, `${only.contributors} members for whom it was the only change: see their stories about ${name}`)} · ` +
      `${percent(only.helped.share)} <span class="ins-ci">(${percentRange(only.helped.lower, only.helped.upper)})</span>`
    : '<span class="ins-ci">too few</span>'
  return (
    `<tr><th scope="row"><a href="${escapeHtml(props.pageFor(pair))}">${escapeHtml(name)}</a></th>` +
    `<td>${intervalBarMarkup(e.helped.share, e.helped.lower, e.helped.upper)}` +
    `${count(e.helped.count, links?.helped, `${e.helped.count} said it helped: see their stories about ${name}`)} · ` +
    `<b>${percent(e.helped.share)}</b> <span class="ins-ci">(${percentRange(e.helped.lower, e.helped.upper)})</span></td>` +
    `<td>${count(e.contributors, links?.all, `${e.contributors} members: see their stories about ${name}`)}</td>` +
    `<td>${count(e.worse.count, links?.worse, `${e.worse.count} said it made things worse: see their stories about ${name}`)} · ${percent(e.worse.share)}</td>` +
    `<td>${weeks(props.median === 'all' ? e.medianWeeks : e.medianWeeksHelped)}</td>` +
    `<td>${onlyCell}</td>` +
    (props.compare ? `<td><input type="checkbox" name="i" value="${escapeHtml(pair.tag.slug)}" aria-label="${escapeHtml(`Compare ${name}`)}"></td>` : '') +
    '</tr>'
  )
}

/** The bars' axis, under the "helped" header; the figures beside each bar say the same. */
const SCALE = '<span class="ins-scale" aria-hidden="true"><span>0</span><span>50</span><span>100%</span></span>'

/** The table's markup: pure, so the page and the tests see the same thing. */
export function evidenceTableMarkup(props: EvidenceTableProps): string {
  const headers = [
    props.nameHeader,
    'Helped (95% interval)',
    'Members',
    'Worse',
    props.median === 'all' ? 'Median time tried' : 'Tried before it helped (median)',
    'Only change: helped',
    ...(props.compare ? ['Compare'] : []),
  ]
  return (
    `<table class="ins-table" aria-describedby="ins-legend"><caption class="sr-only">${escapeHtml(props.caption)}</caption>` +
    `<thead><tr>${headers.map((header, i) => `<th scope="col">${escapeHtml(header)}${i === 1 ? SCALE : ''}</th>`).join('')}</tr></thead>` +
    `<tbody>${props.pairs.map((pair) => row(pair, props)).join('')}</tbody></table>`
  )
}

export function EvidenceTable(props: EvidenceTableProps) {
  return (
    <>
      <p id="ins-legend" className="text-sm text-muted">
        {props.legend}
      </p>
      <div className="ins-scroll" dangerouslySetInnerHTML={{ __html: evidenceTableMarkup(props) }} />
    </>
  )
}

/** Interventions (or conditions) reported by fewer than the minimum: names only, no figures and
 * no links. */
export function TooFewReports({ names, minReports }: { names: { id: number; name: string }[]; minReports: number }) {
  if (!names.length) return null
  return (
    <section aria-labelledby="too-few-title" className="space-y-2">
      <h2 id="too-few-title" className="text-lg font-semibold">
        Too few reports
      </h2>
      <p className="text-sm text-muted">Fewer than {minReports} members reported these, so we show no figures for them yet.</p>
      <ul className="ins-few">
        {names.map((tag) => (
          <li key={tag.id}>{tag.name}</li>
        ))}
      </ul>
    </section>
  )
}
