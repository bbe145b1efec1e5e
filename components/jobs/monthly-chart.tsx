import { useFormatter, useTranslations } from "next-intl";
import type { MonthCount } from "@/lib/openings/stats";

/**
 * Openings posted per month as a small server-rendered SVG bar chart (role="img", its description states every
 * value) followed by the same figures as a table in a <details>. Bars start at zero. No chart library.
 */
export function MonthlyChart({ monthly, id }: { monthly: MonthCount[]; id: string }) {
  const t = useTranslations("jobs.roleSection");
  const format = useFormatter();
  const label = (m: string) => format.dateTime(new Date(`${m}-01T00:00:00Z`), { year: "numeric", month: "short", timeZone: "UTC" });
  const max = Math.max(1, ...monthly.map((m) => m.count));
  const barW = 18;
  const gap = 4;
  const h = 90;
  const width = Math.max(1, monthly.length * (barW + gap) - gap);
  const desc = t("monthlyDesc", {
    from: label(monthly[0]?.month ?? "2026-01"),
    to: label(monthly.at(-1)?.month ?? "2026-01"),
    values: monthly.map((m) => `${label(m.month)} ${format.number(m.count)}`).join(", "),
  });
  return (
    <figure className="mt-2" data-testid="monthly-chart">
      {/* Bars in an SVG stretched to the width; every label is HTML beside it, so it keeps the page's font size on
          a 375 px screen instead of shrinking with the drawing. */}
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} className="flex w-full max-w-xl gap-1 text-xs">
        <span id={`${id}-title`} hidden>{t("monthly")}</span>
        <span id={`${id}-desc`} hidden>{desc}</span>
        <span aria-hidden="true" className="flex h-24 flex-col justify-between text-right tabular-nums" data-chart-label>
          <span>{format.number(max)}</span>
          <span>0</span>
        </span>
        <span aria-hidden="true" className="block min-w-0 flex-1">
          <svg viewBox={`0 0 ${width} ${h}`} preserveAspectRatio="none" className="block h-24 w-full border-b border-slate-400 text-slate-900 dark:border-slate-500 dark:text-slate-100">
            {monthly.map((m, i) => {
              const bh = (m.count / max) * (h - 4);
              return <rect key={m.month} x={i * (barW + gap)} y={h - bh} width={barW} height={bh} className="fill-emerald-700 dark:fill-emerald-400" />;
            })}
          </svg>
          <span className="relative block h-5">
            {monthly.map((m, i) =>
              (i % 6 === 0 && monthly.length - 1 - i >= 3) || i === monthly.length - 1 ? (
                <span
                  key={m.month}
                  className="absolute top-0.5 whitespace-nowrap tabular-nums"
                  // The first label starts at its bar and the last ends at its bar, so neither sticks out of the chart.
                  style={
                    i === monthly.length - 1 && i > 0
                      ? { right: `${(((monthly.length - 1 - i) * (barW + gap)) / width) * 100}%` }
                      : { left: `${((i * (barW + gap)) / width) * 100}%` }
                  }
                  data-chart-label
                >
                  {m.month}
                </span>
              ) : null,
            )}
          </span>
        </span>
      </div>
      <details className="mt-1 text-sm">
        <summary>{t("monthlyTable")}</summary>
        <table className="mt-1 text-left">
          <thead><tr><th scope="col" className="pr-4">{t("monthlyColumns.month")}</th><th scope="col">{t("monthlyColumns.count")}</th></tr></thead>
          <tbody>
            {monthly.map((m) => (
              <tr key={m.month}><th scope="row" className="pr-4 font-normal">{label(m.month)}</th><td className="tabular-nums">{format.number(m.count)}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
