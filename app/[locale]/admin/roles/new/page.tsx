import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { staffOrSignIn } from "@/lib/auth/page";
import type { AppLocale } from "@/lib/i18n/routing";
import { formValues } from "@/lib/roles/admin/form";

type Params = Promise<{ locale: AppLocale }>;

/** Title "New listing" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.newRole" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * New listing form (`/zh/admin/roles/new`). Editors and admins; anyone else is sent to sign in. Each render gets a
 * fresh idempotency key, so a double submit creates one listing.
 */
export default async function NewRolePage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await staffOrSignIn("/admin/roles/new");
  const t = await getTranslations("admin.newRole");
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{t("heading")}</h1>
      <RoleForm initial={{ ...formValues({}), tier: "unspecified", horizon: "unspecified" }} idempotencyKey={randomUUID()} />
    </div>
  );
}
