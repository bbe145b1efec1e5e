import { useTranslations } from "next-intl";
import { FacetFieldset } from "@/components/roles/filter-form";
import { ADMIN_STATUS_VALUES, type AdminRoleQuery } from "@/lib/roles/admin/query";
import { DEFAULT_PAGE_SIZE, HORIZON_VALUES, SORT_CHOICES, sortFieldValue, TIER_VALUES } from "@/lib/roles/query";
import type { RoleFacets } from "@/lib/roles/types";

/**
 * The admin list's filters as a plain GET form to `action` (the admin list in the page's locale, e.g. `/zh/admin`):
 * the public page's keyword, tier and horizon (with facet counts over the selected statuses, from listAdminRoles)
 * and sort, plus status checkboxes. Labels in the page's language (`admin.filters`, `admin.status`, `common`,
 * `browse.sort`).
 */
export function AdminFilterForm({ query, facets, action }: { query: AdminRoleQuery; facets: RoleFacets; action: string }) {
  const t = useTranslations("admin");
  const about = useTranslations("about");
  const common = useTranslations("common");
  const browse = useTranslations("browse");
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.formLabel")} className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">{t("filters.keyword")}</label>
        <input id="q" name="q" type="search" defaultValue={query.q} maxLength={200}
          className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("filters.status")}</legend>
        <ul className="mt-1 space-y-1">
          {ADMIN_STATUS_VALUES.map((s) => (
            <li key={s}>
              <input id={`status-${s}`} type="checkbox" name="status" value={s} defaultChecked={query.status.includes(s)} className="mr-2 align-middle" />
              <label htmlFor={`status-${s}`}>{t(`status.${s}`)}</label>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("filters.statusHint")}</p>
      </fieldset>
      <FacetFieldset name="tier" legend={common("facet.tier")} values={TIER_VALUES} label={(v) => common(`tier.${v}`)}
        selected={query.tier} counts={facets.tier} noMatches={browse("filters.noMatches")}
        about={{ href: "/about/axes#tier", label: about("legendLink") }} />
      <FacetFieldset name="horizon" legend={common("facet.horizon")} values={HORIZON_VALUES} label={(v) => common(`horizon.${v}`)}
        selected={query.horizon} counts={facets.horizon} noMatches={browse("filters.noMatches")}
        about={{ href: "/about/axes#horizon", label: about("legendLink") }} />
      <div>
        <label htmlFor="sort" className="block text-sm font-medium">{t("filters.sortBy")}</label>
        <select id="sort" name="sort" defaultValue={sortFieldValue(query.sort, query.q)} className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900">
          <option value="">{browse("sort.auto")}</option>
          {SORT_CHOICES.map((s) => <option key={s} value={s}>{browse(`sort.${s}`)}</option>)}
        </select>
      </div>
      {query.pageSize !== DEFAULT_PAGE_SIZE && <input type="hidden" name="pageSize" value={query.pageSize} />}
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">{t("filters.apply")}</button>
    </form>
  );
}
