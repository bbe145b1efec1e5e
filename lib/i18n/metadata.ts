import type { Metadata } from "next";
import { type AppLocale, LANGUAGE_TAG, OG_LOCALE, otherLocale, routing } from "./routing";

/**
 * A page's URL in one locale: `/zh` + path (+ query). `path` is the locale-free path with its query, starting
 * with "/" ("/" for the home page, "/roles/x", "/?tier=…"); the home page's trailing slash is dropped
 * (`/en?tier=…`).
 */
export function localePath(locale: AppLocale, path: string): string {
  const rest = path === "/" ? "" : path.startsWith("/?") ? path.slice(1) : path;
  return `/${locale}${rest}`;
}

/**
 * `alternates` for generateMetadata: the canonical URL in the page's locale and an `hreflang` link per locale,
 * plus `x-default` on the locale-free path (the proxy picks a language for it). Relative URLs; the layout's
 * `metadataBase` makes them absolute. Extra alternates (feeds) go in `types`.
 */
export function localeAlternates(
  locale: AppLocale,
  path: string,
  types?: NonNullable<Metadata["alternates"]>["types"],
): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[LANGUAGE_TAG[l]] = localePath(l, path);
  languages["x-default"] = path;
  return { canonical: localePath(locale, path), languages, ...(types ? { types } : {}) };
}

/** Open Graph fields every page shares: its URL, locale and the other locale as an alternate. */
export function localeOpenGraph(locale: AppLocale, path: string): Pick<NonNullable<Metadata["openGraph"]>, "url" | "locale" | "alternateLocale"> {
  return { url: localePath(locale, path), locale: OG_LOCALE[locale], alternateLocale: [OG_LOCALE[otherLocale(locale)]] };
}
