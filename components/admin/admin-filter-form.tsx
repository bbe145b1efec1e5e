import { FacetFieldset } from "@/components/roles/filter-form";
import { HORIZON_LABELS, SORT_LABELS, TIER_LABELS } from "@/lib/roles/labels";
import { ADMIN_STATUS_LABELS, ADMIN_STATUS_VALUES, type AdminRoleQuery } from "@/lib/roles/admin-query";
import { DEFAULT_PAGE_SIZE, HORIZON_VALUES, SORT_VALUES, TIER_VALUES } from "@/lib/roles/query";
import type { RoleFacets } from "@/lib/roles/types";

/**
 * The admin list's filters as a plain GET form to /admin: the public page's keyword, tier and horizon (with facet
 * counts over the selected statuses) and sort, plus status checkboxes.
 */
export function AdminFilterForm({ query, facets }: { query: AdminRoleQuery; facets: RoleFacets }) {
  return (
    <form method="get" action="/admin" role="search" aria-label="Filter listings" className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">Keyword</label>
        <input id="q" name="q" type="search" defaultValue={query.q} maxLength={200}
          className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Status</legend>
        <ul className="mt-1 space-y-1">
          {ADMIN_STATUS_VALUES.map((s) => (
            <li key={s}>
              <input id={`status-${s}`} type="checkbox" name="status" value={s} defaultChecked={query.status.includes(s)} className="mr-2 align-middle" />
              <label htmlFor={`status-${s}`}>{ADMIN_STATUS_LABELS[s]}</label>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">None ticked: every status except deleted.</p>
      </fieldset>
      <FacetFieldset name="tier" legend="Skill tier" legendZh="技术含量" values={TIER_VALUES} labels={TIER_LABELS} selected={query.tier} counts={facets.tier} />
      <FacetFieldset name="horizon" legend="Emergence horizon" legendZh="出现时间" values={HORIZON_VALUES} labels={HORIZON_LABELS} selected={query.horizon} counts={facets.horizon} />
      <div>
        <label htmlFor="sort" className="block text-sm font-medium">Sort by</label>
        <select id="sort" name="sort" defaultValue={query.sort} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
          {SORT_VALUES.map((s) => <option key={s} value={s}>{SORT_LABELS[s]}</option>)}
        </select>
      </div>
      {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">Apply filters</button>
    </form>
  );
}
