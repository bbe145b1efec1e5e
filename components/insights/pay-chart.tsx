import { Fragment } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cnyPerYear, ENTRY_LEVEL_PAY, PAY_SOURCE, type PayFigure, usdPerYear } from "@/lib/insights/pay";
import { LANGUAGE_TAG, otherLocale } from "@/lib/i18n/routing";

/**
 * The article's entry-level pay figures (lib/insights/pay.ts, unchanged) as a server-rendered horizontal bar
 * chart of HTML boxes (role="img" with a title and a description that states every value) and, beside it, the same data as a
 * table. Labels come from the `insights.pay` messages; amounts and the article's date go through next-intl's
 * formatter (named formats "usd", "cny", "date"), company and report names are shown in the page's language first
 * with the other language beside them (`lang`). No chart library: five bars are a few boxes. Bars start at zero,
 * so their lengths compare honestly.
 */
export function PayChart() {
  const locale = useLocale();
  const t = useTranslations("insights.pay");
  const format = useFormatter();
  const other = otherLocale(locale);
  const rows = ENTRY_LEVEL_PAY;
  /** A company's name in `l`; the other language's name only when it differs ("Meta" is "Meta" in both). */
  const company = (r: PayFigure, l: typeof locale) => (l === "zh" ? r.companyZh : r.companyEn);
  const otherCompany = (r: PayFigure) => (r.companyZh !== r.companyEn ? company(r, other) : "");
  const usd = (r: PayFigure) => format.number(usdPerYear(r), "usd");
  const cny = (r: PayFigure) => format.number(cnyPerYear(r), "cny");
  const date = format.dateTime(new Date(`${PAY_SOURCE.articleDate}T00:00:00Z`), "date");
  const report = { zh: PAY_SOURCE.reportZh, en: PAY_SOURCE.reportEn };
  const site = locale === "zh" ? PAY_SOURCE.articleSiteZh : PAY_SOURCE.articleSite;

  const max = 200_000; // axis end in USD: above the largest value (184,000), a round number
  const ticks = [0, 50_000, 100_000, 150_000, 200_000];
  const desc = t("chartDesc", {
    rows: rows.map((r) => t("chartRow", { company: company(r, locale), usd: usd(r), cny: cny(r) })).join(t("chartRowSeparator")),
    report: report[locale],
    site,
    date,
  });
  const pct = (usdAmount: number) => `${(usdAmount / max) * 100}%`;

  return (
    <figure className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      {/* HTML bars, not an SVG: text stays at the page's font size on a 375 px screen (a scaled SVG shrank it to
          ~6 px). role="img" with the title and a description that states every value; the parts are hidden. */}
      <div role="img" aria-labelledby="pay-chart-title" aria-describedby="pay-chart-desc" className="w-full max-w-2xl text-sm" data-testid="pay-chart">
        <span id="pay-chart-title" hidden>{t("chartTitle")}</span>
        <span id="pay-chart-desc" hidden>{desc}</span>
        <div aria-hidden="true" className="grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] items-center gap-x-3 gap-y-2">
          {rows.map((r) => {
            const second = otherCompany(r);
            return (
              <Fragment key={r.companyEn}>
                <span className="text-right" data-chart-label>
                  <span lang={LANGUAGE_TAG[locale]}>{company(r, locale)}</span>
                  {second && <span lang={LANGUAGE_TAG[other]} className="block text-xs text-slate-700 dark:text-slate-300">{second}</span>}
                </span>
                <span className="relative h-7 border-l border-slate-400 dark:border-slate-500">
                  <span
                    className="absolute inset-y-0.5 left-0 flex items-center justify-end rounded-r bg-blue-700 pr-1.5 text-xs font-medium whitespace-nowrap text-white tabular-nums dark:bg-blue-400 dark:text-slate-950"
                    style={{ width: pct(usdPerYear(r)) }}
                    data-chart-label
                  >
                    {usd(r)}
                  </span>
                </span>
              </Fragment>
            );
          })}
          <span />
          <span className="relative h-5 text-xs text-slate-700 dark:text-slate-300">
            {ticks.map((tick, i) => (
              <span
                key={tick}
                className="absolute top-0 whitespace-nowrap tabular-nums"
                style={{ left: pct(tick), transform: i === 0 ? undefined : i === ticks.length - 1 ? "translateX(-100%)" : "translateX(-50%)" }}
                data-chart-label
              >
                {tick === 0 ? format.number(0) : format.number(tick, { style: "currency", currency: "USD", notation: "compact" })}
              </span>
            ))}
          </span>
        </div>
      </div>
      <div className="relative min-w-0 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="pay-table">
          <caption id="pay-caption" className="mb-2 text-left font-medium">{t("caption")}</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">{t("company")}</th>
              <th scope="col" className="py-1 pr-3 text-right">{t("usd")}</th>
              <th scope="col" className="py-1 text-right">{t("cny")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const second = otherCompany(r);
              return (
                <tr key={r.companyEn} className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {company(r, locale)}
                    {second && <span lang={LANGUAGE_TAG[other]}> {second}</span>}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">{usd(r)}</td>
                  <td className="py-1 text-right tabular-nums">{t("approx", { amount: cny(r) })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          {t.rich("source", {
            report: report[locale],
            reportOther: report[other],
            article: PAY_SOURCE.articleTitle,
            site,
            date,
            other: (chunks) => <span lang={LANGUAGE_TAG[other]}>{chunks}</span>,
            quoted: (chunks) => <span lang={LANGUAGE_TAG.zh}>{chunks}</span>,
          })}
        </p>
      </div>
    </figure>
  );
}
