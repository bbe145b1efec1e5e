import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { type RoleQuery, roleQueryString } from "@/lib/roles/query";

/**
 * Selected filters as removable chips (each a link to the same view without that value, back on page 1), plus
 * "Clear all filters", which keeps the keyword and the sort.
 */
export function ActiveFilters({ query }: { query: RoleQuery }) {
  const t = useTranslations("browse.chips");
  const common = useTranslations("common");
  const base = { ...query, page: 1, cursor: null };
  const chips = [
    ...query.tier.map((v) => ({
      key: `tier-${v}`,
      label: t("tier", { value: common(`tier.${v}`) }),
      href: `/${roleQueryString({ ...base, tier: query.tier.filter((x) => x !== v) })}`,
    })),
    ...query.horizon.map((v) => ({
      key: `horizon-${v}`,
      label: t("horizon", { value: common(`horizon.${v}`) }),
      href: `/${roleQueryString({ ...base, horizon: query.horizon.filter((x) => x !== v) })}`,
    })),
    ...(query.q ? [{ key: "q", label: t("keyword", { q: query.q }), href: `/${roleQueryString({ ...base, q: "" })}` }] : []),
  ];
  if (chips.length === 0) return null;
  const hasFacetFilters = query.tier.length + query.horizon.length > 0;
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label={t("label")} role="group">
      <ul className="flex flex-wrap gap-2">
        {chips.map((c) => (
          <li key={c.key}>
            <Link
              href={c.href}
              scroll={false}
              className="inline-flex items-center gap-1 rounded-full border border-slate-300 px-3 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
            >
              {c.label} <span aria-hidden="true">×</span>
              <span className="sr-only">{t("remove")}</span>
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
          {t("clearAll")}
        </Link>
      )}
    </div>
  );
}
