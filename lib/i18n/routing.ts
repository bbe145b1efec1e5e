import { defineRouting } from "next-intl/routing";

/**
 * The site's languages and how they appear in URLs. Every page lives under `/zh/…` or `/en/…`; a path without
 * a locale (e.g. `/` or an old `/roles/x` link) is redirected by `proxy.ts` to the locale chosen by the
 * `NEXT_LOCALE` cookie (set when someone used the language switch or visited a locale path), else by
 * `Accept-Language`, else English. `/api/*`, the feeds, `sitemap.xml` and `robots.txt` are not localised.
 */
export const routing = defineRouting({
  locales: ["zh", "en"],
  defaultLocale: "en",
  localePrefix: "always",
  // hreflang alternates are written into each page's <head> by generateMetadata (lib/i18n/metadata.ts).
  alternateLinks: false,
});

/** A locale segment of the URL: "zh" or "en". */
export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tag for `<html lang>`, `hreflang` and `lang` attributes on content in the other language. */
export const LANGUAGE_TAG: Record<AppLocale, string> = { zh: "zh-CN", en: "en" };

/** Open Graph `og:locale` values. */
export const OG_LOCALE: Record<AppLocale, string> = { zh: "zh_CN", en: "en_US" };

/** The other of the two locales: the language shown beside the page's own. */
export function otherLocale(locale: AppLocale): AppLocale {
  return locale === "zh" ? "en" : "zh";
}

/** Narrows any string (a route param, a header) to a supported locale; `null` when it is not one. */
export function asLocale(value: unknown): AppLocale | null {
  return value === "zh" || value === "en" ? value : null;
}
