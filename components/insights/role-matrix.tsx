import { useLocale, useTranslations } from "next-intl";
import { FallbackNotice } from "@/components/ui/bilingual";
import { bilingual } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/metadata";
import { Link } from "@/lib/i18n/navigation";
import { CompareCheckbox } from "@/components/roles/compare-checkbox";
import { CompareControls } from "@/components/roles/compare-controls";
import type { MatrixCell } from "@/lib/roles/data";
import { HORIZON_VALUES, roleQueryString, TIER_VALUES } from "@/lib/roles/query";

/**
 * The tier × horizon matrix (`cells` from getRoleMatrix) as a data table (rows: tiers, columns: horizons, "Not
 * specified" included; labels from `common`), each cell with its count (a link to the browse page filtered to
 * that cell), its roles as links (title in the page's language first, the other beside it with its `lang`) and a
 * checkbox per role. The table is a GET form to `/<locale>/compare`, so ticking 2–4 roles and pressing Compare
 * works without JavaScript. UI text from the `insights.matrix` messages; the locale from `useLocale()`.
 */
export function RoleMatrix({ cells }: { cells: MatrixCell[] }) {
  const locale = useLocale();
  const t = useTranslations("insights.matrix");
  const common = useTranslations("common");
  const cell = (tier: string, horizon: string) => cells.find((c) => c.tier === tier && c.horizon === horizon);
  return (
    <form method="get" action={localePath(locale, "/compare")} className="mt-4">
      <div className="relative overflow-x-auto">
        <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="role-matrix">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr>
              <td className="border border-slate-300 p-2 dark:border-slate-700" />
              {HORIZON_VALUES.map((h) => (
                <th key={h} scope="col" className="border border-slate-300 p-2 text-left dark:border-slate-700">
                  {common(`horizon.${h}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIER_VALUES.map((tier) => (
              <tr key={tier}>
                <th scope="row" className="border border-slate-300 p-2 text-left align-top dark:border-slate-700">
                  {common(`tier.${tier}`)}
                </th>
                {HORIZON_VALUES.map((h) => {
                  const c = cell(tier, h);
                  const count = c?.count ?? 0;
                  return (
                    <td key={h} className="border border-slate-300 p-2 align-top dark:border-slate-700" data-cell={`${tier}|${h}`}>
                      {count === 0 ? (
                        <span className="text-slate-600 dark:text-slate-400" data-testid="cell-count">{common("roleCount", { count })}</span>
                      ) : (
                        <Link
                          href={`/${roleQueryString({ tier: [tier], horizon: [h] })}`}
                          className="font-medium text-blue-800 underline dark:text-blue-300"
                          data-testid="cell-count"
                        >
                          {common("roleCount", { count })}
                          <span className="sr-only">
                            {" "}{t("cellLink", { tier: common(`tier.${tier}`), horizon: common(`horizon.${h}`) })}
                          </span>
                        </Link>
                      )}
                      {c && c.roles.length > 0 && (
                        <ul className="mt-2 space-y-1">
                          {c.roles.map((r) => {
                            const title = bilingual(r.titleEn, r.titleZh, locale);
                            const name = title.primary?.text ?? r.slug;
                            return (
                              <li key={r.slug} className="flex items-start gap-2">
                                <CompareCheckbox slug={r.slug} id={`cmp-${r.slug}`} ariaLabel={t("pickLabel", { name })} className="mt-1" />
                                <div>
                                  <Link href={`/roles/${r.slug}`} className="text-blue-800 underline dark:text-blue-300">
                                    <span lang={title.primary?.lang}>{name}</span>
                                    {title.secondary && (
                                      <span lang={title.secondary.lang} className="text-slate-700 dark:text-slate-300"> {title.secondary.text}</span>
                                    )}
                                  </Link>
                                  {title.primary?.fallback && <FallbackNotice locale={title.primary.locale} />}
                                </div>
                              </li>
                            );
                          })}
                          {count > c.roles.length && (
                            <li className="text-slate-600 dark:text-slate-400">{t("more", { count: count - c.roles.length })}</li>
                          )}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CompareControls className="mt-3 flex flex-wrap items-center gap-3 text-sm" />
    </form>
  );
}
