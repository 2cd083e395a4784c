// A share with its 95% interval as a server-rendered SVG: no client chart library. Two shapes,
// styled by the `.ins-bar` rules in app/globals.css (theme colours through currentColor, so it
// reads in light and dark mode; the 0–100% track and its quarter ticks are the element's CSS
// background). The figures it draws are always printed beside it, so it is hidden from screen
// readers.

/** 0–1 as a position on the 0–100 axis, one decimal: a tenth of a percent is below a pixel. */
function x(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 10
}

/** Where the band (the 95% interval) starts and how wide it is, and where the mark (the share) is. */
function geometry(share: number, lower: number, upper: number) {
  const from = x(lower)
  return { from, width: Math.round((x(upper) - from) * 10) / 10, at: x(share) }
}

export function IntervalBar({ share, lower, upper }: { share: number; lower: number; upper: number }) {
  const { from, width, at } = geometry(share, lower, upper)
  return (
    <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" className="ins-bar">
      <rect x={from} y="1" width={width} height="8" />
      <line x1={at} x2={at} y2="10" />
    </svg>
  )
}

/** The same SVG as markup, for tables built as one string (evidence-table.tsx). Numbers only. */
export function intervalBarMarkup(share: number, lower: number, upper: number): string {
  const { from, width, at } = geometry(share, lower, upper)
  return (
    '<svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" class="ins-bar">' +
    `<rect x="${from}" y="1" width="${width}" height="8"></rect><line x1="${at}" x2="${at}" y2="10"></line></svg>`
  )
}
