import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { MIN_PAY_SAMPLE, type PayFigure, type RoleOpeningsSummary } from "@/lib/openings/stats";
import type { OpeningListItem } from "@/lib/openings/types";
import type { HorizonValue } from "@/lib/roles/constants";
import { MonthlyChart } from "./monthly-chart";
import { countryName } from "./opening-facts";
import { OpeningCard } from "./opening-card";

/** Pay figures as a table: currency and period, openings behind them, quartiles in that currency. */
export function PayTable({ pay }: { pay: PayFigure[] }) {
  const t = useTranslations("jobs");
  const format = useFormatter();
  const money = (n: number, currency: string) => format.number(n, { style: "currency", currency, maximumFractionDigits: 0 });
  return (
    <table className="mt-1 text-left text-sm" data-testid="pay-table">
      <thead>
        <tr>
          <th scope="col" className="pr-4">{t("roleSection.payColumns.currencyPeriod")}</th>
          <th scope="col" className="pr-4">{t("roleSection.payColumns.openings")}</th>
          <th scope="col" className="pr-4">{t("roleSection.payColumns.q1")}</th>
          <th scope="col" className="pr-4">{t("roleSection.payColumns.median")}</th>
          <th scope="col">{t("roleSection.payColumns.q3")}</th>
        </tr>
      </thead>
      <tbody>
        {pay.map((p) => (
          <tr key={`${p.currency}-${p.period}`} data-currency={p.currency} data-period={p.period}>
            <th scope="row" className="pr-4 font-normal">{p.currency} / {t(`period.${p.period}`)}</th>
            <td className="pr-4 tabular-nums">{format.number(p.openings)}</td>
            <td className="pr-4 tabular-nums">{money(p.q1, p.currency)}</td>
            <td className="pr-4 tabular-nums font-medium">{money(p.median, p.currency)}</td>
            <td className="tabular-nums">{money(p.q3, p.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The role page's openings section: how many current openings, the newest few, a link to the jobs page filtered
 * to the role, pay (median and quartiles per currency and period, hidden below MIN_PAY_SAMPLE openings), top
 * cities, and openings posted per month over 24 months (evidence of the article's horizon). Data: the caller's
 * getRoleOpeningsSummary and listCurrentOpenings({ role }).
 */
export function RoleOpenings({ roleSlug, horizon, summary, newest }: { roleSlug: string; horizon: HorizonValue; summary: RoleOpeningsSummary; newest: OpeningListItem[] }) {
  const t = useTranslations("jobs");
  const locale = useLocale();
  const format = useFormatter();
  return (
    <section className="mt-8 max-w-3xl" aria-labelledby="openings-heading" data-testid="role-openings">
      <h2 id="openings-heading" className="text-lg font-semibold">{t("roleSection.heading")}</h2>
      <p data-testid="role-openings-count">{t("roleSection.current", { count: summary.current })}</p>
      {newest.length > 0 && (
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {newest.map((o) => <li key={o.slug}><OpeningCard opening={o} /></li>)}
        </ul>
      )}
      <p className="mt-2">
        {summary.current > 0 ? (
          <Link href={`/jobs?role=${roleSlug}`} className="text-blue-700 underline dark:text-blue-300" data-testid="role-openings-link">
            {t("roleSection.seeAll", { count: summary.current })}
          </Link>
        ) : (
          <Link href="/jobs" className="text-blue-700 underline dark:text-blue-300">{t("roleSection.browseJobs")}</Link>
        )}
      </p>
      <h3 className="mt-4 font-semibold">{t("roleSection.pay")}</h3>
      {summary.pay.length > 0 ? (
        <>
          <PayTable pay={summary.pay} />
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("roleSection.payHint", { min: MIN_PAY_SAMPLE })}</p>
        </>
      ) : (
        <p className="text-sm" data-testid="pay-none">{t("roleSection.payNone", { min: MIN_PAY_SAMPLE })}</p>
      )}
      {summary.cities.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t("roleSection.cities")}</h3>
          <ul className="text-sm" data-testid="role-cities">
            {summary.cities.map((c) => (
              <li key={c.city}>
                <Link href={`/jobs?role=${roleSlug}&city=${encodeURIComponent(c.city)}`} className="underline">{c.city}, {countryName(c.country, locale)}</Link>{" "}
                <span className="tabular-nums">({format.number(c.count)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="mt-4 font-semibold">{t("roleSection.monthly")}</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("roleSection.monthlyHint", { horizon: t(`horizonPhrase.${horizon}`) })}</p>
      <MonthlyChart monthly={summary.monthly} id="role-monthly" />
    </section>
  );
}
