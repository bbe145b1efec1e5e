import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { History } from "@/components/admin/history";
import { RoleForm } from "@/components/admin/role-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { TransitionButtons } from "@/components/admin/transition-buttons";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/session";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getAdminRole, getRoleHistory } from "@/lib/roles/admin/data";
import { INTENT_MIN_ROLE, ROLE_INTENTS, type RoleIntent, roleSnapshot, transitionFor } from "@/lib/roles/admin/service";
import { ROLE_FIELDS, type RoleFormValues } from "@/lib/roles/admin/form";

type Params = Promise<{ locale: AppLocale; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The listing by id, read once per request (React `cache`) for both the metadata and the page. getAdminRole checks
 * the session itself; call this only once a staff member is known to be signed in.
 */
const loadRole = cache((id: string) => getAdminRole(id));

/**
 * Title "Edit listing" in the page's language, or "Listing not found" when a signed-in staff member asks for an
 * unknown id (the page then answers 404); never indexed. Deliberately not the listing's own title, and nothing is
 * read for visitors: reading the listing needs a signed-in staff member, and metadata is rendered before the page
 * sends visitors to sign in.
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  const missing = (await currentStaff()) !== null && (await loadRole(id)) === null;
  return { title: missing ? t("notFound.metaTitle") : t("role.metaTitle"), robots: { index: false } };
}

/**
 * One listing in the admin (`/zh/admin/roles/[id]`): edit form (from the current version, getAdminRole), workflow
 * buttons the user may use, links to the preview and to the public page in the same locale, and its history
 * (getRoleHistory). Unknown id → 404 (app/[locale]/admin/not-found.tsx). Editors and admins; anyone else is sent
 * to sign in.
 */
export default async function AdminRolePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}`);
  const role = await loadRole(id);
  if (!role) notFound();
  const [history, sp, t] = await Promise.all([getRoleHistory(role.id), searchParams, getTranslations("admin")]);
  const snap = roleSnapshot(role);
  const initial = Object.fromEntries(
    ROLE_FIELDS.map((f) => [f, String(snap[f] ?? "")]),
  ) as RoleFormValues;
  const intents = ROLE_INTENTS.filter((i) => roleAtLeast(actor.role, INTENT_MIN_ROLE[i]) && !("refused" in transitionFor(role, i, new Date())));
  const editable = !role.deletedAt && (actor.role === "admin" || role.status === "DRAFT" || role.status === "REVIEW");
  // Only a known step is named; any other `done` value is ignored.
  const done = ROLE_INTENTS.find((i): i is RoleIntent => i === sp.done) ?? null;
  const title = bilingual(role.titleEn, role.titleZh, locale);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p><Link href="/admin" className="text-blue-700 underline dark:text-blue-300">{t("role.back")}</Link></p>
        <h1 className="text-2xl font-semibold" lang={title.primary?.lang}>{title.primary?.text ?? role.slug}</h1>
        {title.secondary && <p lang={title.secondary.lang} className="text-slate-700 dark:text-slate-300">{title.secondary.text}</p>}
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={role.status} deleted={role.deletedAt !== null} />
          <span>{t.rich("role.version", { version: role.version, v: (chunks) => <span data-testid="role-version">{chunks}</span> })}</span>
          <Link href={`/admin/roles/${role.id}/preview`} className="underline">{t("role.preview")}</Link>
          {role.status === "PUBLISHED" && !role.deletedAt && <Link href={`/roles/${role.slug}`} className="underline">{t("role.publicPage")}</Link>}
        </p>
        {(sp.saved === "1" || done) && (
          <p role="status" className="text-emerald-800 dark:text-emerald-300" data-testid="saved-message">
            {done ? t("role.done", { action: t(`intent.${done}`) }) : t("role.saved")}
          </p>
        )}
        <TransitionButtons id={role.id} version={role.version} intents={intents} title={{ text: title.primary?.text ?? role.slug, lang: title.primary?.lang }} />
      </header>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-xl font-semibold">{t("role.editHeading")}</h2>
        {editable ? (
          <RoleForm key={role.version} initial={initial} id={role.id} version={role.version} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">
            {role.deletedAt ? t("role.deletedNotice") : t("errors.adminOnlyEdit")}
          </p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">{t("role.historyHeading")}</h2>
        <History entries={history} />
      </section>
    </div>
  );
}
