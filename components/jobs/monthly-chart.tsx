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
  const width = monthly.length * (barW + gap) + 40;
  const desc = t("monthlyDesc", {
    from: label(monthly[0]?.month ?? "2026-01"),
    to: label(monthly.at(-1)?.month ?? "2026-01"),
    values: monthly.map((m) => `${label(m.month)} ${format.number(m.count)}`).join(", "),
  });
  return (
    <figure className="mt-2" data-testid="monthly-chart">
      <svg viewBox={`0 0 ${width} ${h + 30}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full max-w-xl text-slate-900 dark:text-slate-100">
        <title id={`${id}-title`}>{t("monthly")}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <g aria-hidden="true">
          <line x1={30} x2={width} y1={h} y2={h} stroke="currentColor" strokeOpacity={0.4} />
          <text x={26} y={10} textAnchor="end" fontSize={10} fill="currentColor">{format.number(max)}</text>
          <text x={26} y={h} textAnchor="end" fontSize={10} fill="currentColor">0</text>
          {monthly.map((m, i) => {
            const bh = (m.count / max) * (h - 10);
            const x = 34 + i * (barW + gap);
            return (
              <g key={m.month}>
                <rect x={x} y={h - bh} width={barW} height={bh} className="fill-emerald-700 dark:fill-emerald-400" />
                {(i % 6 === 0 || i === monthly.length - 1) && (
                  <text x={x + barW / 2} y={h + 14} textAnchor="middle" fontSize={9} fill="currentColor">{m.month}</text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
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
