import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SavedList } from "@/components/saved/saved-list";
import { type Messages, pickNamespaces, SAVED_CLIENT_NAMESPACES } from "@/lib/i18n/messages";
import { localeAlternates, localeOpenGraph } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;

/**
 * Translated title and description, canonical `/<locale>/saved` with hreflang alternates, Open Graph. Not indexed
 * (the page's content lives in each visitor's browser), links still followed.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "saved" });
  const title = t("metaTitle");
  const description = t("metaDescription");
  return {
    title,
    description,
    robots: { index: false, follow: true },
    alternates: localeAlternates(locale, "/saved"),
    openGraph: { type: "website", title, description, ...localeOpenGraph(locale, "/saved") },
  };
}

/**
 * `/[locale]/saved` — the roles bookmarked in this browser (localStorage via lib/saved/store.ts; no account),
 * rendered by a client leaf (SavedList), the one public client component that formats messages itself: it gets
 * the `saved` and `common` namespaces through its own NextIntlClientProvider. Heading and intro from `saved`.
 */
export default async function SavedPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("saved");
  return (
    <div>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <NextIntlClientProvider messages={pickNamespaces((await getMessages()) as Messages, SAVED_CLIENT_NAMESPACES)}>
        <SavedList />
      </NextIntlClientProvider>
    </div>
  );
}
