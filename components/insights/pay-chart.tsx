import { cnyPerYear, ENTRY_LEVEL_PAY, PAY_SOURCE, usdPerYear } from "@/lib/insights/pay";

const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });
const cny = new Intl.NumberFormat("en-US", { style: "currency", currency: "CNY", maximumFractionDigits: 0 });

/**
 * The article's entry-level pay figures as a server-rendered horizontal SVG bar chart (role="img" with a title
 * and a description that states every value) and, beside it, the same data as a table. No chart library: five
 * bars are a few rects. Bars start at zero, so their lengths compare honestly.
 */
export function PayChart() {
  const rows = ENTRY_LEVEL_PAY;
  const max = 200_000; // axis end in USD: above the largest value (184,000), a round number
  const labelW = 150;
  const barW = 360;
  const rowH = 36;
  const top = 10;
  const height = top + rows.length * rowH + 30;
  const width = labelW + barW + 90;
  const ticks = [0, 50_000, 100_000, 150_000, 200_000];
  const desc = rows.map((r) => `${r.companyEn}: ${usd.format(usdPerYear(r))} (about ${cny.format(cnyPerYear(r))})`).join("; ");

  return (
    <figure className="mt-4 grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="pay-svg-title pay-svg-desc"
        className="h-auto w-full max-w-2xl text-slate-900 dark:text-slate-100"
        data-testid="pay-chart"
      >
        <title id="pay-svg-title">Average annual pay of entry-level engineers, USD</title>
        <desc id="pay-svg-desc">{desc}. Source: {PAY_SOURCE.reportEn}, cited by {PAY_SOURCE.articleSite}, {PAY_SOURCE.articleDate}.</desc>
        {ticks.map((t) => {
          const x = labelW + (t / max) * barW;
          return (
            <g key={t} aria-hidden="true">
              <line x1={x} x2={x} y1={top - 4} y2={top + rows.length * rowH} stroke="currentColor" strokeOpacity={0.25} />
              <text x={x} y={height - 8} textAnchor="middle" fontSize={12} fill="currentColor">
                {t === 0 ? "0" : `$${t / 1000}k`}
              </text>
            </g>
          );
        })}
        {rows.map((r, i) => {
          const y = top + i * rowH;
          const w = (usdPerYear(r) / max) * barW;
          return (
            <g key={r.companyEn} aria-hidden="true">
              <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" fontSize={13} fill="currentColor">
                {r.companyEn} {r.companyZh !== r.companyEn ? r.companyZh : ""}
              </text>
              <rect x={labelW} y={y + 6} width={w} height={rowH - 12} rx={3} className="fill-blue-700 dark:fill-blue-400" />
              <text x={labelW + w + 6} y={y + rowH / 2 + 4} fontSize={13} fill="currentColor">
                {usd.format(usdPerYear(r))}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="relative min-w-0 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="pay-table">
          <caption id="pay-caption" className="mb-2 text-left font-medium">
            Entry-level engineers&rsquo; average annual pay <span lang="zh-CN">入门级工程师平均年薪</span>
          </caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">Company</th>
              <th scope="col" className="py-1 pr-3 text-right">USD per year</th>
              <th scope="col" className="py-1 text-right">CNY per year (approx.)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.companyEn} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className="py-1 pr-3 font-normal">
                  {r.companyEn}
                  {r.companyZh !== r.companyEn && <span lang="zh-CN"> {r.companyZh}</span>}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{usd.format(usdPerYear(r))}</td>
                <td className="py-1 text-right tabular-nums">≈ {cny.format(cnyPerYear(r))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Source: {PAY_SOURCE.reportEn} (<span lang="zh-CN">{PAY_SOURCE.reportZh}</span>), as cited by「
          <span lang="zh-CN">{PAY_SOURCE.articleTitle}</span>」, {PAY_SOURCE.articleSite}, {PAY_SOURCE.articleDate}. CNY
          amounts are the article&rsquo;s own conversions.
        </p>
      </div>
    </figure>
  );
}
