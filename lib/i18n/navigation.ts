import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import { type ComponentProps, createElement } from "react";
import { localePath } from "./metadata";
import type { AppLocale } from "./routing";

type LinkProps = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & {
  /** A path without the locale, with its query ("/", "/roles/x", "/jobs?role=x"). */
  href: string;
  /** Link to this locale instead of the page's own. */
  locale?: AppLocale;
};

/**
 * A link for server components: `href="/roles/x"` renders `/zh/roles/x` on a Chinese page (`locale` picks the
 * other one). Plain `next/link`, not next-intl's Link: that one is a client component which needs a
 * NextIntlClientProvider (next-intl's client runtime and messages on every page) only to read the locale, which
 * the server knows; and merely importing next-intl's navigation module puts it in the page's JavaScript (so
 * redirect and getPathname live in ./redirect.ts). Prefetching is off unless a caller asks for it: every page here
 * is rendered per request (the CSP nonce) and has no loading.js, so a viewport prefetch fetches only the route
 * tree and the click makes its own request anyway, while the 10–24 prefetches a page started on load made the
 * server render that many requests during hydration and the browser process their answers (Total Blocking Time
 * on Lighthouse's phone-class CPU; docs/QUALITY.md). Client components use `next/link` with `localePath`.
 */
export async function Link({ href, locale, prefetch = false, ...rest }: LinkProps) {
  const target = locale ?? ((await getLocale()) as AppLocale);
  return createElement(NextLink, { ...rest, href: localePath(target, href), prefetch, hrefLang: locale ?? rest.hrefLang });
}
