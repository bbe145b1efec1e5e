"use client";

import NextLink from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { FallbackNotice } from "@/components/ui/bilingual";
import { bilingual } from "@/lib/i18n/content";
import { localePath } from "@/lib/i18n/metadata";
// lib/roles/constants, not lib/roles/compare: that one brings zod (about 30 KiB gzip) into the browser.
import { COMPARE_MAX, COMPARE_MIN } from "@/lib/roles/constants";
import { readSaved, serverSaved, setSaved, subscribeSaved } from "@/lib/saved/store";

/**
 * The roles saved in this browser (lib/saved/store.ts): each a link with its title in the page's language first
 * (the other language beside it with its `lang`, or a visible notice when only the other exists), a remove
 * button, and a checkbox feeding a GET form to `/<locale>/compare`. Says so when nothing is saved, and when
 * JavaScript is off (the list lives in the browser's storage). Text from the `saved` and `common` messages, sent to
 * the client by the saved page's own NextIntlClientProvider (the only public page that needs next-intl there).
 */
export function SavedList() {
  const locale = useLocale();
  const t = useTranslations("saved");
  const saved = useSyncExternalStore(subscribeSaved, readSaved, serverSaved);
  if (saved === null) {
    return <p className="mt-4" data-testid="saved-loading">{t("needsScript")}</p>;
  }
  if (saved.length === 0) {
    return (
      <div className="mt-6 rounded border border-dashed border-slate-400 p-6" data-testid="empty-state">
        <p className="font-medium">{t("empty.title")}</p>
        <p className="mt-1 text-sm">
          {t.rich("empty.hint", {
            link: (chunks) => <NextLink href={localePath(locale, "/")} prefetch={false} className="text-blue-700 underline dark:text-blue-300">{chunks}</NextLink>,
          })}
        </p>
      </div>
    );
  }
  return (
    <form method="get" action={localePath(locale, "/compare")} className="mt-4">
      <p role="status" className="text-slate-700 dark:text-slate-300" data-testid="saved-count">
        {t("count", { count: saved.length })}
      </p>
      <ul className="mt-3 space-y-2" data-testid="saved-list">
        {saved.map((r) => {
          const title = bilingual(r.titleEn, r.titleZh, locale);
          const name = title.primary?.text ?? r.slug;
          return (
            <li key={r.slug} className="flex flex-wrap items-center gap-3">
              <input type="checkbox" name="roles" value={r.slug} aria-label={t("pickLabel", { name })} />
              <NextLink href={localePath(locale, `/roles/${r.slug}`)} prefetch={false} lang={title.primary?.lang} className="text-blue-800 underline dark:text-blue-300">
                {name}
              </NextLink>
              {title.secondary && <span lang={title.secondary.lang}>{title.secondary.text}</span>}
              <button
                type="button"
                onClick={() => setSaved(r, false)}
                className="rounded border border-slate-400 px-2 py-0.5 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {t.rich("remove", {
                  name,
                  hidden: (chunks) => <span className="sr-only" lang={title.primary?.lang}>{chunks}</span>,
                })}
              </button>
              {title.primary?.fallback && (
                <div className="basis-full">
                  <FallbackNotice locale={title.primary.locale} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button type="submit" className="mt-4 rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
        {t("compare", { min: COMPARE_MIN, max: COMPARE_MAX })}
      </button>
    </form>
  );
}
