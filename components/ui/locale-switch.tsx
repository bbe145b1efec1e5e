"use client";

import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { type ReactNode, Suspense } from "react";
import { localePath } from "@/lib/i18n/metadata";
import { type AppLocale, routing } from "@/lib/i18n/routing";

interface Props {
  /** The locale the link leads to (the other one). */
  locale: AppLocale;
  /** Accessible name, in both languages so each reader can find it. */
  label: string;
  /** BCP 47 tag of the link text's language. */
  lang: string;
  children: ReactNode;
}

/** The leading `/zh` or `/en` of a pathname. */
const LOCALE_SEGMENT = new RegExp(`^/(${routing.locales.join("|")})(?=/|$)`);

/**
 * The language switch: a link to the same page in the other locale with the same query string, so filters,
 * keyword, sort and page survive the switch. Following it stores the choice in the NEXT_LOCALE cookie, which
 * later visits to `/` honour: proxy.ts (next-intl's middleware) sets it when the other locale's page is requested,
 * and the click sets it too, as next-intl's own locale link does, for when the router answers from its cache.
 * Before the query is known (prerender) it links to the same path. Plain next/link and Next's hooks: next-intl's
 * client runtime is not sent to public pages (see lib/i18n/navigation.ts).
 */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <SwitchLink {...props} query={query} />;
}

function SwitchLink({ locale, label, lang, children, query }: Props & { query: string }) {
  const rest = usePathname().replace(LOCALE_SEGMENT, "") || "/";
  return (
    <NextLink
      href={localePath(locale, `${rest}${query ? `?${query}` : ""}`)}
      prefetch={false}
      hrefLang={locale}
      lang={lang}
      aria-label={label}
      // The session cookie next-intl's middleware writes with lib/i18n/routing.ts's defaults (no localeCookie set).
      onClick={() => {
        document.cookie = `NEXT_LOCALE=${locale}; path=/; SameSite=Lax`;
      }}
      className="text-sm underline underline-offset-4"
      data-testid="locale-switch"
    >
      {children}
    </NextLink>
  );
}
