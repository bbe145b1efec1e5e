import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The filter sidebar as a disclosure that works without JavaScript (`<details>`): on narrow screens it starts
 * closed behind a "Filters (n active)" summary, so the first results are above the fold; from the `md` breakpoint
 * the summary is hidden and the content always shown (app/globals.css, `.filters-panel`). `active` is how many
 * filter values the URL selects. The open state is the browser's (React does not manage it), so it survives
 * client-side navigations between filter states. Text from `common.filtersPanel`.
 */
export function FiltersPanel({ active, children }: { active: number; children: ReactNode }) {
  const t = useTranslations("common.filtersPanel");
  return (
    <details className="filters-panel" data-testid="filters-panel">
      <summary className="cursor-pointer rounded border border-slate-400 px-3 py-1.5 font-medium dark:border-slate-600">
        {t("summary")} {active > 0 && <span className="font-normal">{t("active", { count: active })}</span>}
      </summary>
      <div className="mt-4 md:mt-0">{children}</div>
    </details>
  );
}
