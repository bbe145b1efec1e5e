import { useTranslations } from "next-intl";

/**
 * "Updating…" / "正在更新…" inside a results region (`#results`): hidden until the filter forms' client-side
 * navigation marks the region `aria-busy="true"` (components/roles/filter-auto-submit.tsx,
 * components/jobs/jobs-auto-submit.tsx), then shown while the stale list is dimmed (app/globals.css). Without
 * JavaScript the form is a plain GET and the browser's own loading indicator shows the wait.
 */
export function UpdatingNote() {
  const t = useTranslations("common.filtersPanel");
  return (
    <p className="updating-note mt-2 text-sm font-medium text-blue-800 dark:text-blue-200" data-testid="updating-note">
      <span aria-hidden="true" className="mr-1 inline-block animate-pulse">●</span>
      {t("updating")}
    </p>
  );
}
