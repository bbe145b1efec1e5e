import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/admin/sign-in-form";
import { type Messages, pickNamespaces, STAFF_CLIENT_NAMESPACES } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { currentStaff } from "@/lib/auth/session";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Staff sign-in" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "auth" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Staff sign-in (`/zh/sign-in?callbackUrl=/zh/admin/...`). The callback must be a path on this site other than a
 * sign-in page (safeRedirectPath); anything else (another host, protocol-relative, malformed) becomes the admin
 * home in this page's locale (`/zh/admin`). Already signed in → straight there. The callback is used as given
 * (it already carries its locale), so a sign-in in one language may return to a page in the other.
 */
export default async function SignInPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = safeRedirectPath(Array.isArray(raw) ? raw[0] : raw, localePath(locale, "/admin"));
  if (await currentStaff()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <div className="max-w-md">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-1 mb-6 text-slate-600 dark:text-slate-300">{t("intro")}</p>
      {/* The form is a client component: give it the staff namespaces the public layout leaves out. */}
      <NextIntlClientProvider messages={pickNamespaces((await getMessages()) as Messages, STAFF_CLIENT_NAMESPACES)}>
        <SignInForm callbackUrl={callbackUrl} permalink={`${localePath(locale, "/sign-in")}?${new URLSearchParams({ callbackUrl })}`} />
      </NextIntlClientProvider>
    </div>
  );
}
