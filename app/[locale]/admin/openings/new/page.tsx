import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OpeningForm } from "@/components/admin/openings/opening-form";
import { staffOrSignIn } from "@/lib/auth/page";
import type { AppLocale } from "@/lib/i18n/routing";
import { listRoleChoices } from "@/lib/openings/admin/data";
import { DEFAULT_TIME_ZONE, openingFormValues } from "@/lib/openings/form/schema";

type Params = Promise<{ locale: AppLocale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "New opening" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.openings.newOpening" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * New opening form (`/zh/admin/openings/new`, optionally `?role=<slug>` to preselect the role). Editors and
 * admins; anyone else is sent to sign in. Each render gets a fresh idempotency key, so a double submit creates one
 * opening. Starts with today's date (UTC) as the date posted and Asia/Shanghai as the time zone.
 */
export default async function NewOpeningPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await staffOrSignIn("/admin/openings/new");
  const [t, roles, sp] = await Promise.all([getTranslations("admin.openings.newOpening"), listRoleChoices(), searchParams]);
  const role = typeof sp.role === "string" && roles.some((r) => r.slug === sp.role) ? sp.role : "";
  const initial = { ...openingFormValues({}), roleSlug: role, datePosted: new Date().toISOString().slice(0, 10), timeZone: DEFAULT_TIME_ZONE };
  return (
    <div>
      <h1 className="mb-4 text-2xl font-semibold">{t("heading")}</h1>
      {roles.length === 0 ? <p role="alert">{t("noRoles")}</p> : <OpeningForm initial={initial} roles={roles} idempotencyKey={randomUUID()} />}
    </div>
  );
}
