import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { MIN_PAY_SAMPLE, type MonthCount, type PayFigure } from "@/lib/openings/stats";
import { HORIZON_VALUES, type HorizonValue, TIER_VALUES, type TierValue } from "@/lib/roles/constants";
import { MonthlyChart } from "./monthly-chart";
import { PayTable } from "./role-openings";

/**
 * /insights' openings section: current openings per tier × horizon (each cell linked to the filtered jobs page),
 * pay per tier (quartiles per currency and period), and openings posted per month per horizon (evidence of
 * emergence). Data from lib/openings/stats.ts, passed in by the page.
 */
export function OpeningsInsights({ matrix, payByTier, byHorizon }: {
  matrix: { tier: TierValue; horizon: HorizonValue; count: number }[];
  payByTier: (PayFigure & { tier: TierValue })[];
  byHorizon: { horizon: HorizonValue; monthly: MonthCount[] }[];
}) {
  const t = useTranslations("jobs.insights");
  const common = useTranslations("common");
  const format = useFormatter();
  const count = (tier: TierValue, horizon: HorizonValue) => matrix.find((c) => c.tier === tier && c.horizon === horizon)?.count ?? 0;
  return (
    <section aria-labelledby="openings-insights-heading" data-testid="openings-insights">
      <h2 id="openings-insights-heading" className="text-xl font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <div className="mt-3 overflow-x-auto">
        <table className="text-left text-sm" data-testid="openings-matrix">
          <thead>
            <tr>
              <th scope="col" className="pr-4">{t("tierHorizon")}</th>
              {HORIZON_VALUES.map((h) => <th key={h} scope="col" className="pr-4">{common(`horizon.${h}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {TIER_VALUES.map((tier) => (
              <tr key={tier}>
                <th scope="row" className="pr-4 font-normal">{common(`tier.${tier}`)}</th>
                {HORIZON_VALUES.map((h) => {
                  const n = count(tier, h);
                  return (
                    <td key={h} className="pr-4 tabular-nums" data-tier={tier} data-horizon={h} data-count={n}>
                      {/* inline-block py-1: a 24 px tall target (WCAG 2.5.8), the rows were 16 px apart. */}
                      {n > 0 ? <Link href={`/jobs?tier=${tier}&horizon=${h}`} className="inline-block py-1 underline">{t("cell", { count: n })}</Link> : t("cell", { count: 0 })}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="mt-6 font-semibold">{t("payByTier")}</h3>
      {payByTier.length ? (
        TIER_VALUES.filter((tier) => payByTier.some((p) => p.tier === tier)).map((tier) => (
          <div key={tier} className="mt-2">
            <h4 className="text-sm font-medium">{common(`tier.${tier}`)}</h4>
            <PayTable pay={payByTier.filter((p) => p.tier === tier)} />
          </div>
        ))
      ) : (
        <p className="text-sm">{t("payNone")}</p>
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("payByTierHint", { min: MIN_PAY_SAMPLE })}</p>
      <h3 className="mt-6 font-semibold">{t("horizons")}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("horizonsHint")}</p>
      {byHorizon.map((h) => (
        <div key={h.horizon} className="mt-2">
          <h4 className="text-sm font-medium">
            {common(`horizon.${h.horizon}`)} · {format.number(h.monthly.reduce((s, m) => s + m.count, 0))}
          </h4>
          <MonthlyChart monthly={h.monthly} id={`horizon-${h.horizon}`} />
        </div>
      ))}
    </section>
  );
}
