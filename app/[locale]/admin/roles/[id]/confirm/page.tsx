import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmPageBody, seenVersionParam } from "@/components/admin/confirm-page";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { bilingual } from "@/lib/i18n/content";
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
  const seenVersion = seenVersionParam(sp.version);
  const query = new URLSearchParams({ intent, ...(seenVersion ? { version: String(seenVersion) } : {}) });
  const actor = await staffOrSignIn(`/admin/roles/${encodeURIComponent(id)}/confirm?${query}`);
  if (!needsConfirmation(intent)) notFound();
  const role = await getAdminRole(id);
  if (!role) notFound();
  const title = bilingual(role.titleEn, role.titleZh, locale);
  return (
    <ConfirmPageBody
      listing={role}
      title={{ text: title.primary?.text ?? role.slug, lang: title.primary?.lang }}
      intent={intent}
      seenVersion={seenVersion}
      mayTake={roleAtLeast(actor.role, INTENT_MIN_ROLE[intent])}
      applies={!("refused" in transitionFor(role, intent, new Date()))}
      back={`/admin/roles/${role.id}`}
    />
  );
}
