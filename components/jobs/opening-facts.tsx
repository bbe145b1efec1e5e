import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { OpeningListItem, OpeningSalary } from "@/lib/openings/types";

/** A country's name in the page's language (ISO 3166-1 alpha-2 in, e.g. "CN" → "中国" / "China"). */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale === "zh" ? "zh-CN" : "en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Where an opening is: its cities with countries ("北京, 中国 · Beijing, China"), and for remote work the
 * countries applicants may work from ("Remote from the United States or Canada"), in the page's language.
 */
export function LocationText({ opening }: { opening: Pick<OpeningListItem, "locations" | "workplaceType" | "remoteCountries"> }) {
  const t = useTranslations("jobs");
  const locale = useLocale();
  const format = useFormatter();
  const places = opening.locations.map((l) => `${l.city}, ${countryName(l.country, locale)}`);
  const remote =
    opening.workplaceType === "remote"
      ? opening.remoteCountries.length
        ? t("card.remoteIn", { countries: format.list(opening.remoteCountries.map((c) => countryName(c, locale)), { type: "disjunction" }) })
        : t("card.remoteAnywhere")
      : null;
  return <span data-testid="opening-location">{[...places, ...(remote ? [remote] : [])].join(" · ")}</span>;
}

/**
 * A salary as the posting states it: the range formatted in its currency per its period ("¥15,000–30,000 a
 * month", "每月 ¥15,000–30,000"), the months of pay when stated (14薪), and the source's own words when they
 * differ ("As stated: 15k-30k·14薪"). "Salary not stated" when there is none. Amounts are never converted.
 */
export function SalaryText({ salary }: { salary: OpeningSalary | null }) {
  const t = useTranslations("jobs");
  const format = useFormatter();
  if (!salary) return <span className="text-slate-600 dark:text-slate-400">{t("salary.notStated")}</span>;
  const money = (n: number) =>
    salary.currency ? format.number(n, { style: "currency", currency: salary.currency, maximumFractionDigits: 0 }) : format.number(n);
  const period = salary.period ? t(`period.${salary.period}`) : "";
  const parts: string[] = [];
  if (salary.period && salary.min !== null && salary.max !== null) {
    parts.push(salary.min === salary.max ? t("salary.from", { min: money(salary.min), period }) : t("salary.range", { min: money(salary.min), max: money(salary.max), period }));
  } else if (salary.period && salary.min !== null) parts.push(t("salary.from", { min: money(salary.min), period }));
  else if (salary.period && salary.max !== null) parts.push(t("salary.upTo", { max: money(salary.max), period }));
  if (salary.months) parts.push(t("salary.months", { months: salary.months }));
  if (salary.text) parts.push(t("salary.stated", { text: salary.text }));
  return <span data-testid="opening-salary">{parts.join(" · ")}</span>;
}
