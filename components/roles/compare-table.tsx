import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FallbackNotice, LocalizedBlock } from "@/components/ui/bilingual";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import { type AppLocale, LANGUAGE_TAG, otherLocale } from "@/lib/i18n/routing";
import type { RoleDetail } from "@/lib/roles/types";

/**
 * Roles side by side (`roles`: published roles from getPublishedRolesBySlugs, in the order picked): one column
 * per role, headed by its title linked to its page (page language first, the other beneath with its `lang`), and
 * one row per field: the name in each language (page language first; a missing one says "not given" rather than
 * leaving a blank cell), tier and horizon (labels from `common`), and the summary (page language first, or the
 * other language behind a visible notice). Row labels and the caption come from the `compare` messages; the page's
 * language from `useLocale()`. Scrolls sideways on narrow screens. Server component.
 */
export function CompareTable({ roles }: { roles: RoleDetail[] }) {
  const locale = useLocale();
  const t = useTranslations("compare.table");
  const common = useTranslations("common");
  const missing = <span className="italic text-slate-600 dark:text-slate-400">{t("notGiven")}</span>;
  const nameIn = (l: AppLocale) => ({
    label: t(`name.${l}`),
    cell: (r: RoleDetail) => {
      const name = l === "en" ? r.titleEn : r.titleZh;
      return name ? <span lang={LANGUAGE_TAG[l]}>{name}</span> : missing;
    },
  });
  const rows: { label: ReactNode; cell: (r: RoleDetail) => ReactNode }[] = [
    nameIn(locale),
    nameIn(otherLocale(locale)),
    { label: common("facet.tier"), cell: (r) => <span data-tier={r.tier}>{common(`tier.${r.tier}`)}</span> },
    { label: common("facet.horizon"), cell: (r) => <span data-horizon={r.horizon}>{common(`horizon.${r.horizon}`)}</span> },
    {
      label: t("summary"),
      cell: (r) => {
        const summary = bilingual(r.summaryEn, r.summaryZh, locale);
        if (!summary.primary) return missing;
        return (
          <>
            <LocalizedBlock value={summary.primary} />
            {summary.secondary && (
              <p lang={summary.secondary.lang} className="mt-1 text-slate-700 dark:text-slate-300">{summary.secondary.text}</p>
            )}
          </>
        );
      },
    },
  ];
  return (
    <div className="relative mt-6 overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm" data-testid="compare-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr>
            <td className="border border-slate-300 p-2 dark:border-slate-700" />
            {roles.map((r) => {
              const title = bilingual(r.titleEn, r.titleZh, locale);
              return (
                <th key={r.slug} scope="col" className="border border-slate-300 p-2 align-top dark:border-slate-700">
                  <Link href={`/roles/${r.slug}`} lang={title.primary?.lang} className="text-blue-800 underline dark:text-blue-300">
                    {title.primary?.text ?? r.slug}
                  </Link>
                  {title.secondary && <span lang={title.secondary.lang} className="block font-normal">{title.secondary.text}</span>}
                  {title.primary?.fallback && <FallbackNotice locale={title.primary.locale} />}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" className="border border-slate-300 p-2 align-top dark:border-slate-700">{row.label}</th>
              {roles.map((r) => (
                <td key={r.slug} className="border border-slate-300 p-2 align-top dark:border-slate-700">{row.cell(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
