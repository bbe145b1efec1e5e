import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { ConfirmTransitionForm } from "@/components/admin/transition-buttons";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { bilingual } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { getAdminRole } from "@/lib/roles/admin/data";
import { INTENT_MIN_ROLE, transitionFor } from "@/lib/roles/admin/service";
import { needsConfirmation } from "@/lib/roles/admin/confirm";

type Params = Promise<{ locale: AppLocale; id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Title "Confirm" in the page's language; never indexed. */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "admin.confirm" });
  return { title: t("metaTitle"), robots: { index: false } };
}

/**
 * The confirm page of a step that takes a listing off the public pages
 * (`/zh/admin/roles/[id]/confirm?intent=archive&version=3`), where the workflow buttons lead without JavaScript:
 * the question, what will happen, the listing's current state and version (with a notice when it is no longer the
 * `version` the user came from), and the confirm button (ConfirmTransitionForm, posting the version shown here)
 * or, when the step does not apply now or the user's role may not take it, why not. Cancel leads back to the
 * listing. An `intent` that needs no confirmation, or an unknown id → 404. Editors and admins; anyone else is sent
 * to sign in. The action checks the session and role again.
 */
export default async function ConfirmTransitionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const intent = typeof sp.intent === "string" ? sp.intent : "";
  const seenVersion = typeof sp.version === "string" && /^[1-9][0-9]{0,8}$/.test(sp.version) ? Number(sp.version) : null;
  const query = new URLSearchParams({ intent, ...(seenVersion ? { version: String(seenVersion) } : {}) });
  const actor = await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}/confirm?${query}`);
  if (!needsConfirmation(intent)) notFound();
  const role = await getAdminRole(id);
  if (!role) notFound();
  const t = await getTranslations("admin");
  const title = bilingual(role.titleEn, role.titleZh, locale);
  const mayTake = roleAtLeast(actor.role, INTENT_MIN_ROLE[intent]);
  const applies = !("refused" in transitionFor(role, intent, new Date()));
  const back = `/admin/roles/${role.id}`;

  return (
    <div className="max-w-2xl space-y-4">
      <p><Link href={back} className="text-blue-700 underline dark:text-blue-300">{t("confirm.back")}</Link></p>
      <h1 className="text-2xl font-semibold">
        {t.rich("confirm.heading", { intent, title: title.primary?.text ?? role.slug, name: (chunks) => <span lang={title.primary?.lang}>{chunks}</span> })}
      </h1>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="confirm-state">
        {t.rich("confirm.state", { version: role.version, status: () => <StatusBadge status={role.status} deleted={role.deletedAt !== null} /> })}
      </p>
      {seenVersion !== null && seenVersion !== role.version && (
        <p className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-testid="confirm-changed">
          {t("confirm.changed", { from: seenVersion, now: role.version })}
        </p>
      )}
      {mayTake && applies ? (
        <ConfirmTransitionForm id={role.id} version={role.version} intent={intent}
          cancel={<Link href={back} className="underline">{t("confirm.cancel")}</Link>} />
      ) : (
        <p data-testid="confirm-refused">{mayTake ? t("confirm.notApplicable") : t("errors.onlyAdmin")}</p>
      )}
    </div>
  );
}
