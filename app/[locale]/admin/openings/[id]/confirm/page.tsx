import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmPageBody, seenVersionParam } from "@/components/admin/confirm-page";
import { staffOrSignIn } from "@/lib/auth/page";
import { roleAtLeast } from "@/lib/auth/roles";
import { bilingual } from "@/lib/i18n/content";
import type { AppLocale } from "@/lib/i18n/routing";
import { transitionOpeningAction } from "@/lib/openings/admin/actions";
import { getAdminOpening } from "@/lib/openings/admin/data";
import { INTENT_MIN_ROLE, transitionFor } from "@/lib/workflow/transitions";
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
 * The confirm page of a step that takes an opening off the public pages (as for roles)
 * (`/zh/admin/openings/[id]/confirm?intent=archive&version=3`), where the workflow buttons lead without JavaScript:
 * the question, what will happen, the listing's current state and version (with a notice when it is no longer the
 * `version` the user came from), and the confirm button (ConfirmTransitionForm, posting the version shown here)
 * or, when the step does not apply now or the user's role may not take it, why not. Cancel leads back to the
 * listing. An `intent` that needs no confirmation, or an unknown id → 404. Editors and admins; anyone else is sent
 * to sign in. The action checks the session and role again.
 */
export default async function ConfirmOpeningTransitionPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const sp = await searchParams;
  const intent = typeof sp.intent === "string" ? sp.intent : "";
  const seenVersion = seenVersionParam(sp.version);
  const query = new URLSearchParams({ intent, ...(seenVersion ? { version: String(seenVersion) } : {}) });
  const actor = await staffOrSignIn(`/admin/openings/${encodeURIComponent(id)}/confirm?${query}`);
  if (!needsConfirmation(intent)) notFound();
  const opening = await getAdminOpening(id);
  if (!opening) notFound();
  const title = bilingual(opening.titleEn, opening.titleZh, locale);
  return (
    <ConfirmPageBody
      listing={opening}
      title={{ text: title.primary?.text ?? opening.slug, lang: title.primary?.lang }}
      intent={intent}
      seenVersion={seenVersion}
      mayTake={roleAtLeast(actor.role, INTENT_MIN_ROLE[intent])}
      applies={!("refused" in transitionFor(opening, intent, new Date()))}
      back={`/admin/openings/${opening.id}`}
      action={transitionOpeningAction}
    />
  );
}
