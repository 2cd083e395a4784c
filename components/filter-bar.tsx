import Link from 'next/link'
import type { Facets, ResolvedFilters, TagFacet } from '@/lib/discovery/queries'
import { KIND_LABELS, OUTCOME_FILTER_LABELS, SORT_LABELS, WINDOW_LABELS } from '@/lib/discovery/labels'
import { OUTCOME_FILTERS, POST_KINDS, STORY_SORTS, TIME_WINDOWS } from '@/lib/discovery/schemas'
import { filterSearchParams, toggleTag, withQuery } from '@/lib/discovery/url'
import { FilterForm } from './filter-form'

const number = new Intl.NumberFormat('en')
const TAGS_SHOWN_PER_GROUP = 12

interface FilterBarProps {
  /** The page the form submits to (GET): the filters land in its URL. */
  action: string
  filters: ResolvedFilters
  facets: Facets
  /** Search ranks by relevance: it has no sort choice. */
  showSort?: boolean
  /** Extra query fields to keep, e.g. the search words. */
  keep?: Record<string, string>
}

/** A GET form: native controls (keyboard and screen readers for free), the filter state in the
 * URL so links share it and the back button restores it, and an explicit Apply so nothing moves
 * while someone is still choosing. Named classes: see app/globals.css, "Story lists". */
export function FilterBar({ action, filters, facets, showSort = true, keep = {} }: FilterBarProps) {
  const chosen = [...facets.conditions, ...facets.interventions].filter((f) => f.selected)
  const removeHref = (slug: string) => withQuery(action, filterSearchParams(toggleTag(filters, slug), keep))
  return (
    // Remount on every new filter state, so the checkboxes always show what the URL says.
    <FilterForm key={filterSearchParams(filters).toString()} action={action} aria-label="Filter stories" className="filter-bar">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(chosen.length > 0 || filters.unknownTags.length > 0) && (
        <div className="mb-3 flex flex-wrap items-center gap-2 text-sm">
          <span className="text-muted">Showing stories with all of:</span>
          {chosen.map((tag) => (
            <Link key={tag.slug} href={removeHref(tag.slug)} aria-label={`Remove filter ${tag.name}`} className="chip-remove">
              {tag.name} <span aria-hidden="true">×</span>
            </Link>
          ))}
          {filters.unknownTags.map((value) => (
            <Link key={value} href={removeHref(value)} className="chip-unknown">
              No tag called “{value}” <span aria-hidden="true">×</span>
            </Link>
          ))}
        </div>
      )}
      <div className="filter-fields">
        {showSort && <Select name="sort" label="Sort" value={filters.sort} options={STORY_SORTS.map((v) => [v, SORT_LABELS[v]])} />}
        <Select name="t" label="Posted" value={filters.t} options={TIME_WINDOWS.map((v) => [v, WINDOW_LABELS[v]])} />
        <Select name="kind" label="Show" value={filters.kind} options={POST_KINDS.map((v) => [v, KIND_LABELS[v]])} />
        <Select name="outcome" label="Outcome" value={filters.outcome} options={OUTCOME_FILTERS.map((v) => [v, OUTCOME_FILTER_LABELS[v]])} />
      </div>
      <TagGroup legend="Conditions" name="conditions" tags={facets.conditions} />
      <TagGroup legend="What people tried" name="interventions" tags={facets.interventions} />
      <label className="filter-check mt-3">
        <input type="checkbox" name="onlyChange" value="1" defaultChecked={filters.onlyChange} />
        <span>Only stories where what they tried was the only change they made</span>
      </label>
      {facets.sample && <p className="filter-note">Counts are from {facets.sample}.</p>}
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className="button-primary">
          Apply filters
        </button>
        <Link href={withQuery(action, filterSearchParams({}, keep))} className="link-quiet">
          Clear filters
        </Link>
      </div>
    </FilterForm>
  )
}

function Select({ name, label, value, options }: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <label className="field-select">
      <span>{label}</span>
      <select name={name} defaultValue={value}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  )
}

function TagGroup({ legend, name, tags }: { legend: string; name: string; tags: TagFacet[] }) {
  // Tags with no match in the current result would only empty the list: leave them out, and
  // offer the most frequent ones only (each tag's page leads on to the rest): the page stays light.
  const shown = tags.filter((t) => t.selected || t.count > 0).filter((t, i) => t.selected || i < TAGS_SHOWN_PER_GROUP)
  const chosen = shown.filter((t) => t.selected).length
  return (
    <details className="filter-group" open={chosen > 0}>
      <summary>
        {legend}
        {chosen > 0 && <span className="text-muted"> · {chosen} chosen</span>}
      </summary>
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        <ul className="filter-tags" id={`filter-${name}`}>
          {shown.map((tag) => (
            <li key={tag.slug}>
              <label>
                <input type="checkbox" name="tag" value={tag.slug} defaultChecked={tag.selected} />
                <span>
                  {tag.name} <i>({number.format(tag.count)})</i>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  )
}
