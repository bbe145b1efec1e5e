import { bilingual } from "@/lib/i18n/content";
import { type AppLocale, LANGUAGE_TAG } from "@/lib/i18n/routing";
import type { PayFigure } from "@/lib/openings/stats";
import type { RoleDetail } from "./types";

/** ISO 8601 durations of a pay period, for MonetaryAmountDistribution.duration. */
const DURATION = { hour: "PT1H", day: "P1D", month: "P1M", year: "P1Y" } as const;

/** What the role page shows about its current openings that the Occupation states too. */
export interface OccupationMarket {
  pay: PayFigure[];
  cities: { city: string; country: string }[];
}

/**
 * schema.org Occupation for a role page in `locale` (never JobPosting: a role is a kind of work, not an opening).
 * Holds only what that page shows, in the same order (lib/i18n/content.ts `bilingual`): `name` is the title in the
 * page's language (the other language's when the page's is empty, as the page's heading does), `alternateName`
 * the other language's title when the page shows it too, `description` the summaries as shown (page language
 * first). `url` is the page's absolute, locale-prefixed URL (`https://…/zh/roles/<slug>`), as given by the caller.
 * The page's language goes on `mainEntityOfPage` (a WebPage) as `inLanguage`: schema.org defines `inLanguage` for
 * creative works such as a web page, not for Occupation. `occupationalCategory` is left out: the catalogue has no
 * ISCO/O*NET/SOC code, and tier and horizon are not occupational categories. Skills and qualifications are not in
 * the data, so they are left out too. With `market` (the page's openings figures), `estimatedSalary` lists one
 * MonetaryAmountDistribution per currency and period (quartiles of the stated pay of current openings, only the
 * figures the page shows) and `occupationLocation` the top cities (schema.org City). Pure; never throws.
 */
export function occupationJsonLd(role: RoleDetail, url: string, locale: AppLocale, market?: OccupationMarket): Record<string, unknown> {
  const title = bilingual(role.titleEn, role.titleZh, locale);
  const summary = bilingual(role.summaryEn, role.summaryZh, locale);
  const name = title.primary?.text ?? "";
  const alternate = title.secondary?.text ?? "";
  const description = [summary.primary?.text, summary.secondary?.text].filter(Boolean).join(" ");
  return {
    "@context": "https://schema.org",
    "@type": "Occupation",
    name,
    ...(alternate ? { alternateName: alternate } : {}),
    ...(description ? { description } : {}),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url, url, inLanguage: LANGUAGE_TAG[locale] },
    ...(market?.pay.length
      ? {
          estimatedSalary: market.pay.map((p) => ({
            "@type": "MonetaryAmountDistribution",
            name: "base",
            currency: p.currency,
            duration: DURATION[p.period],
            percentile25: p.q1,
            median: p.median,
            percentile75: p.q3,
          })),
        }
      : {}),
    ...(market?.cities.length
      ? { occupationLocation: market.cities.map((c) => ({ "@type": "City", name: c.city, containedInPlace: { "@type": "Country", name: c.country } })) }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c` so that no value (e.g. a title
 * containing `</script>`) can close the script element; `\u2028`/`\u2029` likewise for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
