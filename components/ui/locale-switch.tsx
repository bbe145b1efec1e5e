"use client";

import { useSearchParams } from "next/navigation";
import { type ReactNode, Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";

interface Props {
  /** The locale the link leads to (the other one). */
  locale: AppLocale;
  /** Accessible name, in both languages so each reader can find it. */
  label: string;
  /** BCP 47 tag of the link text's language. */
  lang: string;
  children: ReactNode;
}

/**
 * The language switch: a link to the same page in the other locale with the same query string, so filters,
 * keyword, sort and page survive the switch. Following it stores the choice in the NEXT_LOCALE cookie (set by
 * next-intl), which later visits to `/` honour. Before the query is known (prerender) it links to the same path.
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
  const pathname = usePathname();
  return (
    <Link
      href={`${pathname}${query ? `?${query}` : ""}`}
      locale={locale}
      lang={lang}
      aria-label={label}
      className="text-sm underline underline-offset-4"
      data-testid="locale-switch"
    >
      {children}
    </Link>
  );
}
