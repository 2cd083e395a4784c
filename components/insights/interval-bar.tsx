// A share with its 95% interval as a server-rendered SVG: no client chart library. Colours come
// from the theme (currentColor, fill-line), so it reads in light and dark mode alike. The
// figures it draws are always printed beside it and in the table, so it is hidden from screen
// readers.
const TICKS = [25, 50, 75]

export function IntervalBar({ share, lower, upper, className = 'text-accent' }: { share: number; lower: number; upper: number; className?: string }) {
  const x = (value: number) => Math.min(100, Math.max(0, value * 100))
  return (
    <svg viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false" className={`block h-4 w-full ${className}`}>
      <rect x="0" y="5" width="100" height="2" className="fill-line" />
      {TICKS.map((tick) => (
        <line key={tick} x1={tick} x2={tick} y1="3" y2="9" className="stroke-line" strokeWidth="1" vectorEffect="non-scaling-stroke" />
      ))}
      <line x1={x(lower)} x2={x(upper)} y1="6" y2="6" stroke="currentColor" strokeOpacity="0.35" strokeWidth="8" vectorEffect="non-scaling-stroke" />
      <line x1={x(lower)} x2={x(lower)} y1="2" y2="10" stroke="currentColor" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
      <line x1={x(upper)} x2={x(upper)} y1="2" y2="10" stroke="currentColor" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
      <line x1={x(share)} x2={x(share)} y1="0" y2="12" stroke="currentColor" strokeWidth="4" vectorEffect="non-scaling-stroke" />
    </svg>
  )
}
