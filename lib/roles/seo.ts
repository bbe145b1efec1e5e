import { bilingual } from "@/lib/i18n/content";
import { type AppLocale, LANGUAGE_TAG } from "@/lib/i18n/routing";
import type { RoleDetail } from "./types";

/**
 * schema.org Occupation for a role page in `locale` (never JobPosting: a role is a kind of work, not an opening).
 * Holds only what that page shows, in the same order (lib/i18n/content.ts `bilingual`): `name` is the title in the
 * page's language (the other language's when the page's is empty, as the page's heading does), `alternateName`
 * the other language's title when the page shows it too, `description` the summaries as shown (page language
 * first). `url` is the page's absolute, locale-prefixed URL (`https://…/zh/roles/<slug>`), as given by the caller.
 * The page's language goes on `mainEntityOfPage` (a WebPage) as `inLanguage`: schema.org defines `inLanguage` for
 * creative works such as a web page, not for Occupation. `occupationalCategory` is left out: the catalogue has no
 * ISCO/O*NET/SOC code, and tier and horizon are not occupational categories. Skills and qualifications are not in
 * the data, so they are left out too. Pure; never throws.
 */
export function occupationJsonLd(role: RoleDetail, url: string, locale: AppLocale): Record<string, unknown> {
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
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is written as `\u003c` so that no value (e.g. a title
 * containing `</script>`) can close the script element; `\u2028`/`\u2029` likewise for old parsers.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
