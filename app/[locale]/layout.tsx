import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorTextProvider } from "@/components/ui/error-text";
import { LocaleSwitch } from "@/components/ui/locale-switch";
import { ThemeScript } from "@/components/ui/theme-script";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { Link } from "@/lib/i18n/navigation";
import { type AppLocale, LANGUAGE_TAG, otherLocale, routing } from "@/lib/i18n/routing";
import { siteUrl } from "@/lib/site";

type Params = Promise<{ locale: string }>;

/**
 * Site-wide defaults in the page's language; `metadataBase` makes every page's relative canonical, hreflang and
 * Open Graph URLs absolute. Pages set their own title, description and alternates.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "common" });
  return {
    metadataBase: new URL(await siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("siteDescription"),
  };
}

/**
 * Root layout for every page (`/zh/…`, `/en/…`): `<html lang>`, the theme script, skip link, site header
 * (navigation, language switch, theme switch) and the main landmark. An unknown locale segment is a 404.
 * No NextIntlClientProvider here: public pages' client leaves get their words as props from the server, so the
 * browser downloads neither next-intl's client runtime nor messages. The few client components that format
 * messages themselves have a provider of their own around them with just their namespaces (the saved list, the
 * alert form, the staff pages and the sign-in form); the error boundary gets its three strings from ErrorTextProvider.
 */
export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Params }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("common");
  const other = otherLocale(locale as AppLocale);
  // The CSP nonce of this request (proxy.ts); the theme script runs inline, so it must carry it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    // The head script sets class="dark" before hydration, so the class may differ from the server's markup.
    <html lang={LANGUAGE_TAG[locale]} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
        >
          {t("skipLink")}
        </a>
        <header className="border-b border-slate-200 dark:border-slate-800">
          <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-6 gap-y-2 px-4 py-4">
            <Link href="/" className="text-xl font-semibold tracking-tight">
              {t("siteName")}
            </Link>
            <nav aria-label={t("nav.label")}>
              <ul className="flex flex-wrap gap-4 text-sm">
                <li><Link href="/" className="underline-offset-4 hover:underline">{t("nav.roles")}</Link></li>
                <li><Link href="/jobs" className="underline-offset-4 hover:underline">{t("nav.jobs")}</Link></li>
                <li><Link href="/insights" className="underline-offset-4 hover:underline">{t("nav.insights")}</Link></li>
                <li><Link href="/saved" className="underline-offset-4 hover:underline">{t("nav.saved")}</Link></li>
              </ul>
            </nav>
            <div className="ml-auto flex items-baseline gap-4">
              <LocaleSwitch locale={other} label={t("language.switchLabel")} lang={LANGUAGE_TAG[other]}>
                {t("language.switch")}
              </LocaleSwitch>
              <ThemeSwitch
                label={t("theme.label")}
                options={{ system: t("theme.system"), light: t("theme.light"), dark: t("theme.dark") }}
              />
            </div>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          <ErrorTextProvider value={{ title: t("error.title"), body: t("error.body"), retry: t("error.retry") }}>
            {children}
          </ErrorTextProvider>
        </main>
      </body>
    </html>
  );
}
