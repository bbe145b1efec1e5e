import { useFormatter, useLocale, useTranslations } from "next-intl";
import { cnyPerYear, ENTRY_LEVEL_PAY, PAY_SOURCE, type PayFigure, usdPerYear } from "@/lib/insights/pay";
import { LANGUAGE_TAG, otherLocale } from "@/lib/i18n/routing";

/**
 * The article's entry-level pay figures (lib/insights/pay.ts, unchanged) as a server-rendered horizontal SVG bar
 * chart (role="img" with a title and a description that states every value) and, beside it, the same data as a
 * table. Labels come from the `insights.pay` messages; amounts and the article's date go through next-intl's
 * formatter (named formats "usd", "cny", "date"), company and report names are shown in the page's language first
 * with the other language beside them (`lang`). No chart library: five bars are a few rects. Bars start at zero,
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
  const labelW = 150;
  const barW = 360;
  const rowH = 36;
  const top = 10;
  const height = top + rows.length * rowH + 30;
  const width = labelW + barW + 90;
  const ticks = [0, 50_000, 100_000, 150_000, 200_000];
  const desc = t("chartDesc", {
    rows: rows.map((r) => t("chartRow", { company: company(r, locale), usd: usd(r), cny: cny(r) })).join(t("chartRowSeparator")),
    report: report[locale],
    site,
    date,
  });

  return (
    <figure className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="pay-svg-title pay-svg-desc"
        className="h-auto w-full max-w-2xl text-slate-900 dark:text-slate-100"
        data-testid="pay-chart"
      >
        <title id="pay-svg-title">{t("chartTitle")}</title>
        <desc id="pay-svg-desc">{desc}</desc>
        {ticks.map((tick) => {
          const x = labelW + (tick / max) * barW;
          return (
            <g key={tick} aria-hidden="true">
              <line x1={x} x2={x} y1={top - 4} y2={top + rows.length * rowH} stroke="currentColor" strokeOpacity={0.25} />
              <text x={x} y={height - 8} textAnchor="middle" fontSize={12} fill="currentColor">
                {tick === 0 ? format.number(0) : format.number(tick, { style: "currency", currency: "USD", notation: "compact" })}
              </text>
            </g>
          );
        })}
        {rows.map((r, i) => {
          const y = top + i * rowH;
          const w = (usdPerYear(r) / max) * barW;
          const second = otherCompany(r);
          return (
            <g key={r.companyEn} aria-hidden="true">
              <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" fontSize={13} fill="currentColor">
                <tspan lang={LANGUAGE_TAG[locale]}>{company(r, locale)}</tspan>
                {second && <tspan lang={LANGUAGE_TAG[other]}> {second}</tspan>}
              </text>
              <rect x={labelW} y={y + 6} width={w} height={rowH - 12} rx={3} className="fill-blue-700 dark:fill-blue-400" />
              <text x={labelW + w + 6} y={y + rowH / 2 + 4} fontSize={13} fill="currentColor">
                {usd(r)}
              </text>
            </g>
          );
        })}
      </svg>
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
