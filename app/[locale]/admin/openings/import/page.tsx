import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpeningImportForm } from "@/components/admin/openings/opening-import-form";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { listRoleChoices } from "@/lib/openings/admin/data";

type Params = Promise<{ locale: AppLocale }>;

/** Title "Import and export openings" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.openings.transfer" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Import / export of openings (`/zh/admin/openings/import`): download every opening (the locale-free API
 * `/api/admin/openings/export`); upload our CSV/JSON, a Greenhouse board or Lever postings with a dry run
 * (OpeningImportForm → `/api/admin/openings/import`). Admins only (the API checks again); editors see a refusal,
 * visitors are sent to sign in.
 */
export default async function OpeningsTransferPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn("/admin/openings/import");
  const t = await getTranslations("admin.openings.transfer");
  if (!roleAtLeast(actor.role, "admin")) return <p role="alert">{t("adminOnly")}</p>;
  const roles = (await listRoleChoices()).map((r) => ({ slug: r.slug, label: `${bilingual(r.titleEn, r.titleZh, locale).primary?.text ?? r.slug} (${r.slug})` }));
  return (
    <div className="space-y-6">
      <p><Link href="/admin/openings" className="text-blue-700 underline dark:text-blue-300">{t("back")}</Link></p>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading" className="mb-2 text-lg font-semibold">{t("exportHeading")}</h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("exportHelp")}</p>
        <p className="flex gap-4">
          <a href="/api/admin/openings/export?format=csv" className="underline" download>{t("exportCsv")}</a>
          <a href="/api/admin/openings/export?format=json" className="underline" download>{t("exportJson")}</a>
        </p>
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading" className="mb-2 text-lg font-semibold">{t("importHeading")}</h2>
        <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("importHelp")}</p>
        <OpeningImportForm roles={roles} />
      </section>
    </div>
  );
}
