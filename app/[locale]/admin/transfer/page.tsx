import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import type { AppLocale } from "@/lib/i18n/routing";

type Params = Promise<{ locale: AppLocale }>;

/** Title "Import and export" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.transfer" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Import / export (`/zh/admin/transfer`): download all listings (links to the locale-free API
 * `/api/admin/export`); upload CSV or JSON with a dry run (ImportForm → `/api/admin/import`). Admins only (the API
 * checks again); editors see a refusal, visitors are sent to sign in.
 */
export default async function TransferPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn("/admin/transfer");
  const t = await getTranslations("admin.transfer");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">{t("adminOnly")}</p>;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="mb-2 text-lg font-semibold">{t("exportHeading")}</h2>
        <p className="flex gap-4">
          <a href="/api/admin/export?format=csv" className="underline" download>{t("exportCsv")}</a>
          <a href="/api/admin/export?format=json" className="underline" download>{t("exportJson")}</a>
        </p>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading" className="mb-2 text-lg font-semibold">{t("importHeading")}</h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("importHelp")}</p>
        <ImportForm />
      </section>
    </div>
  );
}
