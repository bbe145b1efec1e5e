import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { History } from "@/components/admin/history";
import { OpeningForm } from "@/components/admin/openings/opening-form";
import { StatusBadge } from "@/components/admin/status-badge";
import { TransitionButtons } from "@/components/admin/transition-buttons";
import { staffOrSignIn } from "@/lib/auth/page";
import { currentStaff } from "@/lib/auth/session";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { transitionOpeningAction } from "@/lib/openings/admin/actions";
import { getAdminOpening, getOpeningHistory, listRoleChoices } from "@/lib/openings/admin/data";
import { storedOpeningValues } from "@/lib/openings/admin/service";
import { availableIntents, WORKFLOW_INTENTS, type WorkflowIntent } from "@/lib/workflow/transitions";

type Params = Promise<{ locale: AppLocale; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The opening by id, read once per request for both the metadata and the page (getAdminOpening checks the session). */
const loadOpening = cache((id: string) => getAdminOpening(id));

/**
 * Title "Edit opening" in the page's language, or "Listing not found" when a signed-in staff member asks for an
 * unknown id (the page then answers 404); never indexed. Nothing is read for visitors (see the roles' edit page).
 */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  const t = await getTranslations({ locale, namespace: "admin" });
  const missing = (await currentStaff()) !== null && (await loadOpening(id)) === null;
  return { title: missing ? t("notFound.metaTitle") : t("openings.opening.metaTitle"), robots: { index: false } };
}

/**
 * One opening in the admin (`/zh/admin/openings/[id]`): its state, the workflow buttons the user may use (the
 * roles' workflow and rights), the public page link while it is published, notices when its role is not public or
 * it has expired, the edit form from the current version (with the conflict view), and its history. Unknown id →
 * 404. Editors and admins; anyone else is sent to sign in.
 */
export default async function AdminOpeningPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await staffOrSignIn(`/admin/openings/${encodeURIComponent(id)}`);
  const opening = await loadOpening(id);
  if (!opening) notFound();
  const [history, sp, t, format, roles] = await Promise.all([
    getOpeningHistory(opening.id),
    searchParams,
    getTranslations("admin"),
    getFormatter(),
    listRoleChoices(),
  ]);
  const { role } = opening;
  const intents = availableIntents(opening, actor.role);
  const editable = !opening.deletedAt && (actor.role === "admin" || opening.status === "DRAFT" || opening.status === "REVIEW");
  // Only a known step is named; any other `done` value is ignored.
  const done = WORKFLOW_INTENTS.find((i): i is WorkflowIntent => i === sp.done) ?? null;
  const title = bilingual(opening.titleEn, opening.titleZh, locale);
  const roleTitle = bilingual(role.titleEn, role.titleZh, locale);
  const live = opening.status === "PUBLISHED" && !opening.deletedAt;
  const rolePublic = role.status === "PUBLISHED" && !role.deletedAt;
  const expired = opening.expiresAt.getTime() <= Date.now();

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p><Link href="/admin/openings" className="text-blue-700 underline dark:text-blue-300">{t("openings.opening.back")}</Link></p>
        <h1 className="text-2xl font-semibold" lang={title.primary?.lang}>{title.primary?.text ?? opening.slug}</h1>
        {title.secondary && <p lang={title.secondary.lang} className="text-slate-700 dark:text-slate-300">{title.secondary.text}</p>}
        <p className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={opening.status} deleted={opening.deletedAt !== null} />
          <span>{t.rich("role.version", { version: opening.version, v: (chunks) => <span data-testid="opening-version">{chunks}</span> })}</span>
          <Link href={`/admin/openings?role=${role.slug}`} className="underline">
            {t("openings.opening.rolePage", { role: roleTitle.primary?.text ?? role.slug })}
          </Link>
          {live && rolePublic && <Link href={`/jobs/${opening.slug}`} className="underline" data-testid="opening-public-link">{t("openings.opening.publicPage")}</Link>}
        </p>
        {live && !rolePublic && <p className="text-sm text-amber-800 dark:text-amber-300">{t("openings.opening.roleNotPublic")}</p>}
        {expired && (
          <p className="text-sm text-amber-800 dark:text-amber-300">
            {t("openings.opening.expired", { date: format.dateTime(opening.validThrough, { dateStyle: "long", timeZone: "UTC" }), zone: opening.timeZone })}
          </p>
        )}
        {(sp.saved === "1" || done) && (
          <p role="status" className="text-emerald-800 dark:text-emerald-300" data-testid="saved-message">
            {done ? t("role.done", { action: t(`intent.${done}`) }) : t("role.saved")}
          </p>
        )}
        <TransitionButtons id={opening.id} version={opening.version} intents={intents} entity="openings" action={transitionOpeningAction}
          title={{ text: title.primary?.text ?? opening.slug, lang: title.primary?.lang }} />
      </header>

      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-xl font-semibold">{t("role.editHeading")}</h2>
        {editable ? (
          <OpeningForm key={opening.version} initial={storedOpeningValues(opening)} roles={roles} id={opening.id} version={opening.version} />
        ) : (
          <p className="text-slate-600 dark:text-slate-400">{opening.deletedAt ? t("openings.opening.deletedNotice") : t("openings.opening.adminOnlyEdit")}</p>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">{t("role.historyHeading")}</h2>
        <History entries={history} />
      </section>
    </div>
  );
}
