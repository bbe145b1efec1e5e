import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleArticle } from "@/components/roles/role-article";
import { staffOrSignIn } from "@/lib/auth/page";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getAdminRole } from "@/lib/roles/admin/data";
import { toRoleDetail } from "@/lib/roles/detail";

type Params = Promise<{ locale: AppLocale; id: string }>;

/** Title "Preview" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.preview" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * Preview (`/zh/admin/roles/[id]/preview`): the listing in its current stored version (getAdminRole), in any
 * state, rendered by the same component as the public page, under a notice naming the version and state.
 * Unknown id → 404. Editors and admins; anyone else is sent to sign in.
 */
export default async function PreviewPage({ params }: { params: Params }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}/preview`);
  const role = await getAdminRole(id);
  if (!role) notFound();
  const t = await getTranslations("admin.preview");
  const state = role.deletedAt ? "deleted" : (role.status.toLowerCase() as "draft" | "review" | "published" | "archived");
  return (
    <div>
      <p className="mb-4 rounded border border-amber-500 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50">
        {t("banner", { version: role.version, state })}{" "}
        <Link href={`/admin/roles/${role.id}`} className="underline">{t("back")}</Link>
      </p>
      <RoleArticle role={toRoleDetail(role)} />
    </div>
  );
}
