import { headers } from "next/headers";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import "./globals.css";
import { ThemeScript } from "@/components/ui/theme-script";
import { type AppLocale, LANGUAGE_TAG, routing } from "@/lib/i18n/routing";

/**
 * 404 for every URL no route matches: `/zh/nope`, `/en/a/b`, `/api/unknown` in a browser. Next renders this at the
 * routing level, so its HTML is complete before any JavaScript runs (a `notFound()` thrown while a dynamic page
 * renders gets only Next's empty error shell, vercel/next.js#62228). Under `/zh` or `/en` (the proxy's next-intl
 * step passes the locale in the X-NEXT-INTL-LOCALE request header) it speaks that language with `<html lang>`;
 * elsewhere it is bilingual and links to both home pages. It writes its own `<title>` (HTML requires one; no layout
 * supplies metadata here) and the theme script (dark theme before first paint). Next adds `noindex` and the status 404.
 */
export default async function GlobalNotFound() {
  const requestHeaders = await headers();
  const requested = requestHeaders.get("x-next-intl-locale");
  // The CSP nonce of this request (proxy.ts), for the inline theme script (dark theme before first paint).
  const nonce = requestHeaders.get("x-nonce") ?? undefined;
  const locale: AppLocale | null = hasLocale(routing.locales, requested) ? requested : null;
  if (!locale) {
    return (
      <html lang="en" suppressHydrationWarning>
        <head>
          <title>Page not found · 页面不存在 · AI Jobs Atlas</title>
          <ThemeScript nonce={nonce} />
        </head>
        <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
          <main className="mx-auto max-w-xl px-4 py-16 text-center">
            <h1 className="text-2xl font-semibold">Page not found</h1>
            <p lang="zh-CN" className="mt-1 text-slate-700">页面不存在</p>
            <p className="mt-4 space-x-4">
              <a href="/en" className="text-blue-700 underline">Browse all roles</a>
              <a href="/zh" lang="zh-CN" className="text-blue-700 underline">浏览全部岗位</a>
            </p>
          </main>
        </body>
      </html>
    );
  }
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "common.notFound" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return (
    <html lang={LANGUAGE_TAG[locale]} suppressHydrationWarning>
      <head>
        <title>{`${t("title")} · ${site("siteName")}`}</title>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main className="mx-auto max-w-xl px-4 py-16 text-center">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 text-slate-600 dark:text-slate-300">{t("body")}</p>
          <p className="mt-4">
            <a href={`/${locale}`} className="text-blue-700 underline dark:text-blue-300">{t("browseAll")}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
