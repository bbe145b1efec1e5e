import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { roleAtLeast } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";
import { type Messages, pickNamespaces, STAFF_CLIENT_NAMESPACES } from "@/lib/i18n/messages";
import { Link } from "@/lib/i18n/navigation";
import { asLocale, routing } from "@/lib/i18n/routing";

// Typed as Next's LayoutProps gives it; the [locale] layout has already answered 404 for any other value.
type Params = Promise<{ locale: string }>;

/** Admin pages are never indexed; their titles read "<page> · Admin · AI Jobs Atlas" in the page's language. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = asLocale((await params).locale) ?? routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "admin.meta" });
  const common = await getTranslations({ locale, namespace: "common" });
  return {
    title: { default: t("title"), template: `%s · ${t("title")} · ${common("siteName")}` },
    robots: { index: false },
  };
}

/**
 * Admin shell (`/zh/admin/…`, `/en/admin/…`): navigation for the signed-in staff member (from currentStaff) and
 * sign-out, in the page's language; links keep the locale. Not an access check: every admin page, data function
 * and action checks the session and role itself. Gives its client forms the admin's message namespaces
 * (STAFF_CLIENT_NAMESPACES), which public pages do not download.
 */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Params }) {
  const locale = asLocale((await params).locale) ?? routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("admin");
  const actor = await currentStaff();
  const messages = pickNamespaces((await getMessages()) as Messages, STAFF_CLIENT_NAMESPACES);
  return (
    <NextIntlClientProvider messages={messages}>
      <div>
        {actor && (
          <nav aria-label={t("nav.label")} className="mb-6 flex flex-wrap items-center gap-4 border-b border-slate-200 pb-3 text-sm dark:border-slate-800">
            <Link href="/admin" className="font-medium underline">{t("nav.listings")}</Link>
            <Link href="/admin/roles/new" className="underline">{t("nav.newListing")}</Link>
            <Link href="/admin/openings" className="underline">{t("nav.openings")}</Link>
            {roleAtLeast(actor.role, "admin") && (
              <>
                <Link href="/admin/transfer" className="underline">{t("nav.transfer")}</Link>
                <Link href="/admin/audit" className="underline">{t("nav.audit")}</Link>
                <Link href="/admin/staff" className="underline">{t("nav.staff")}</Link>
              </>
            )}
            <span className="ml-auto text-slate-600 dark:text-slate-300" data-testid="signed-in-as">
              {t("nav.signedInAs", { email: actor.email, role: t(`staffRole.${actor.role}`) })}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="underline">{t("nav.signOut")}</button>
            </form>
          </nav>
        )}
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
