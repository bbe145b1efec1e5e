import Link from "next/link";
import { HORIZON_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import { type RoleQuery, roleQueryString } from "@/lib/roles/query";

/** Describes the active filters in words, for the empty state ("tier: Low to medium; keyword “x”"). */
export function describeFilters(query: RoleQuery): string {
  const parts: string[] = [];
  if (query.tier.length) parts.push(`tier: ${query.tier.map((t) => TIER_LABELS[t].en).join(" or ")}`);
  if (query.horizon.length) parts.push(`horizon: ${query.horizon.map((h) => HORIZON_LABELS[h].en).join(" or ")}`);
  if (query.q) parts.push(`keyword “${query.q}”`);
  return parts.join("; ");
}

/**
 * Selected filters as removable chips (each a link to the same view without that value, back on page 1), plus
 * "Clear all filters", which keeps the keyword and the sort.
 */
export function ActiveFilters({ query }: { query: RoleQuery }) {
  const base = { ...query, page: 1, cursor: null };
  const chips = [
    ...query.tier.map((t) => ({
      key: `tier-${t}`,
      label: `Tier: ${TIER_LABELS[t].en}`,
      href: `/${roleQueryString({ ...base, tier: query.tier.filter((x) => x !== t) })}`,
    })),
    ...query.horizon.map((h) => ({
      key: `horizon-${h}`,
      label: `Horizon: ${HORIZON_LABELS[h].en}`,
      href: `/${roleQueryString({ ...base, horizon: query.horizon.filter((x) => x !== h) })}`,
    })),
    ...(query.q ? [{ key: "q", label: `Keyword: ${query.q}`, href: `/${roleQueryString({ ...base, q: "" })}` }] : []),
  ];
  if (chips.length === 0) return null;
  const hasFacetFilters = query.tier.length + query.horizon.length > 0;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Active filters" role="group">
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <Link
              href={c.href}
              scroll={false}
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-3 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {c.label} <span aria-hidden="true">×</span>
              <span className="sr-only">(remove)</span>
            </Link>
          </li>
        ))}
      </ul>
      {hasFacetFilters && (
        <Link
          href={`/${roleQueryString({ ...base, tier: [], horizon: [] })}`}
          scroll={false}
          className="text-sm text-blue-700 underline dark:text-blue-300"
        >
          Clear all filters
        </Link>
      )}
    </div>
  );
}
