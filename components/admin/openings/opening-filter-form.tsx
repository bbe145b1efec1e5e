import { useLocale, useTranslations } from "next-intl";
import { bilingual } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/routing";
import type { AdminOpeningQuery } from "@/lib/openings/admin/query";
import { ADMIN_STATUS_VALUES, type AdminStatusValue } from "@/lib/roles/admin/query";

/**
 * The admin openings list's filters as a plain GET form to `action` (the list in the page's locale): keyword,
 * status checkboxes (each with its count over the keyword and role), and the role. Labels in the page's language
 * (`admin.openings.list.filters`, `admin.status`).
 */
export function OpeningFilterForm({
  query,
  counts,
  roles,
  action,
}: {
  query: AdminOpeningQuery;
  counts: Record<AdminStatusValue, number>;
  roles: { slug: string; titleEn: string; titleZh: string }[];
  action: string;
}) {
  const t = useTranslations("admin");
  const locale: AppLocale = useLocale();
  const input = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";
  return (
    <form method="get" action={action} role="search" aria-label={t("openings.list.filters.formLabel")} className="space-y-5">
      <div>
        <label htmlFor="q" className="block text-sm font-medium">{t("openings.list.filters.keyword")}</label>
        <input id="q" name="q" type="search" defaultValue={query.q} maxLength={200} className={input} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">{t("openings.list.filters.status")}</legend>
        <ul className="mt-1 space-y-1">
          {ADMIN_STATUS_VALUES.map((s) => (
            <li key={s}>
              <input id={`status-${s}`} type="checkbox" name="status" value={s} defaultChecked={query.status.includes(s)} className="mr-2 align-middle" />
              <label htmlFor={`status-${s}`}>{t("openings.list.filters.statusCount", { status: t(`status.${s}`), count: counts[s] })}</label>
            </li>
          ))}
        </ul>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("openings.list.filters.statusHint")}</p>
      </fieldset>
      <div>
        <label htmlFor="role" className="block text-sm font-medium">{t("openings.list.filters.role")}</label>
        <select id="role" name="role" defaultValue={query.role ?? ""} className={input}>
          <option value="">{t("openings.list.filters.anyRole")}</option>
          {roles.map((r) => {
            const title = bilingual(r.titleEn, r.titleZh, locale);
            return <option key={r.slug} value={r.slug}>{title.primary?.text ?? r.slug}</option>;
          })}
        </select>
      </div>
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">{t("openings.list.filters.apply")}</button>
    </form>
  );
}
