import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/admin/status-badge";
import { ConfirmTransitionForm, type TransitionAction } from "@/components/admin/transition-buttons";
import { Link } from "@/lib/i18n/navigation";
import type { ConfirmedIntent } from "@/lib/roles/admin/confirm";
import type { RoleStatus } from "@/lib/generated/prisma/client";

/**
 * The body of a confirm page for a step that takes a listing (a role or an opening) off the public pages: the
 * question, the listing's current state and version (with a notice when it is no longer the `seenVersion` the user
 * came from), and the confirm button (ConfirmTransitionForm with the entity's action, posting the version shown
 * here) or, when the step does not apply now or the user may not take it, why not. Cancel leads back to `back`.
 */
export async function ConfirmPageBody(props: {
  listing: { id: string; version: number; status: RoleStatus; deletedAt: Date | null };
  title: { text: string; lang?: string };
  intent: ConfirmedIntent;
  seenVersion: number | null;
  mayTake: boolean;
  applies: boolean;
  back: string;
  action?: TransitionAction;
}) {
  const { listing, title, intent, seenVersion, mayTake, applies, back, action } = props;
  const t = await getTranslations("admin");
  return (
    <div className="max-w-2xl space-y-4">
      <p><Link href={back} className="text-blue-700 underline dark:text-blue-300">{t("confirm.back")}</Link></p>
      <h1 className="text-2xl font-semibold">
        {t.rich("confirm.heading", { intent, title: title.text, name: (chunks) => <span lang={title.lang}>{chunks}</span> })}
      </h1>
      <p className="flex flex-wrap items-center gap-2 text-sm" data-testid="confirm-state">
        {t.rich("confirm.state", { version: listing.version, status: () => <StatusBadge status={listing.status} deleted={listing.deletedAt !== null} /> })}
      </p>
      {seenVersion !== null && seenVersion !== listing.version && (
        <p className="rounded border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-50" data-testid="confirm-changed">
          {t("confirm.changed", { from: seenVersion, now: listing.version })}
        </p>
      )}
      {mayTake && applies ? (
        <ConfirmTransitionForm id={listing.id} version={listing.version} intent={intent} action={action}
          cancel={<Link href={back} className="underline">{t("confirm.cancel")}</Link>} />
      ) : (
        <p data-testid="confirm-refused">{mayTake ? t("confirm.notApplicable") : t("errors.onlyAdmin")}</p>
      )}
    </div>
  );
}

/** The `version` query parameter of a confirm page as a version number, or null. */
export function seenVersionParam(value: string | string[] | undefined): number | null {
  return typeof value === "string" && /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : null;
}
