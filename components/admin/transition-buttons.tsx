"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useActionState, useEffect, useId, useRef, useState } from "react";
import { getPathname } from "@/lib/i18n/redirect";
import type { RoleIntent } from "@/lib/roles/admin/service";
import { transitionRoleAction } from "@/lib/roles/admin/actions";
import { CONFIRM_FIELD, type ConfirmedIntent, needsConfirmation } from "@/lib/roles/admin/confirm";
import type { TransitionState } from "@/lib/roles/admin/form-state";

const PLAIN = "rounded bg-slate-800 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:bg-slate-200 dark:text-slate-900";
const DANGER = "rounded border border-red-600 px-3 py-1.5 text-sm font-medium text-red-700 disabled:opacity-60 dark:text-red-300";
/** A workflow server action (transitionRoleAction, transitionOpeningAction). */
export type TransitionAction = (prev: TransitionState, formData: FormData) => Promise<TransitionState>;
/** The admin path segment of an entity with the workflow. */
export type ListingEntity = "roles" | "openings";

/** The listing's title as the page shows it, with its language tag when that differs from the page's. */
export interface ListingTitle {
  text: string;
  lang?: string;
}

const CONFIRM = "rounded bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-60";

/**
 * The confirm step of a step that takes a listing off the public pages (lib/roles/admin/confirm.ts): what will happen
 * (`admin.confirm.body.<intent>`), a refusal region, and the confirm button, which posts `id`, `version`, `intent`
 * and `confirmed=1` to transitionRoleAction (which checks the session and role itself). Works without JavaScript
 * (the confirm page) and inside the confirm dialog. Input: the listing's id, the version shown, the step, and the
 * cancel control to put beside the confirm button (a link back, or the dialog's close button); `descriptionId`
 * is the id of the explanation, for a dialog's aria-describedby.
 */
export function ConfirmTransitionForm({ id, version, intent, cancel, descriptionId, action: transition = transitionRoleAction }: {
  id: string;
  version: number;
  intent: ConfirmedIntent;
  cancel: ReactNode;
  descriptionId?: string;
  /** The entity's workflow action (transitionRoleAction by default; transitionOpeningAction for openings). */
  action?: TransitionAction;
}) {
  const t = useTranslations("admin.confirm");
  const [state, action, pending] = useActionState<TransitionState, FormData>(transition, {});
  return (
    <form action={action} className="space-y-3">
      <p id={descriptionId}>{t(`body.${intent}`)}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={CONFIRM_FIELD} value="1" />
      <p role="alert" aria-live="assertive" className="text-sm text-red-700 dark:text-red-300" data-testid="confirm-error">{state.error}</p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={CONFIRM}>{pending ? t("working") : t(`confirm.${intent}`)}</button>
        {cancel}
      </div>
    </form>
  );
}

/**
 * A step that asks for confirmation. Without JavaScript its button is a GET form to the confirm page
 * (`/<locale>/admin/roles/<id>/confirm?intent=…&version=…`); with it, the button opens a modal dialog (native
 * `<dialog>`: focus kept inside, Escape closes) holding ConfirmTransitionForm, with focus on Cancel, the safe
 * choice, and back on the button when it closes.
 */
function ConfirmStep({ id, version, intent, title, entity, action }: {
  id: string;
  version: number;
  intent: ConfirmedIntent;
  title: ListingTitle;
  entity: ListingEntity;
  action: TransitionAction;
}) {
  const t = useTranslations("admin");
  const locale = useLocale();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const uid = useId();
  // Until hydration the button still leads to the confirm page; `data-dialog` says when it opens the dialog instead.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  // A new version (another step was taken, or the page reloaded after a refusal) is another question.
  useEffect(() => () => dialog.current?.close(), [version]);
  return (
    <>
      <form method="get" action={getPathname({ href: `/admin/${entity}/${id}/confirm`, locale })} data-dialog={enhanced ? "ready" : undefined}
        onSubmit={(e) => {
          e.preventDefault();
          dialog.current?.showModal();
          cancel.current?.focus();
        }}>
        <input type="hidden" name="intent" value={intent} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" aria-haspopup="dialog" className={intent === "delete" ? DANGER : PLAIN}>{t(`intent.${intent}`)}</button>
      </form>
      <dialog ref={dialog} aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-body`} data-testid={`confirm-dialog-${intent}`}
        className="m-auto max-w-lg rounded border border-slate-300 bg-white p-5 text-slate-900 backdrop:bg-black/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100">
        <h2 id={`${uid}-title`} className="mb-3 text-lg font-semibold">{t.rich("confirm.heading", { intent, title: title.text, name: (chunks) => <span lang={title.lang}>{chunks}</span> })}</h2>
        <ConfirmTransitionForm id={id} version={version} intent={intent} descriptionId={`${uid}-body`} action={action}
          cancel={<button ref={cancel} type="button" className="underline" onClick={() => dialog.current?.close()}>{t("confirm.cancel")}</button>} />
      </dialog>
    </>
  );
}

/**
 * The workflow steps this user may take on a listing now. Submit, publish and restore are one small form each
 * (id, version, intent) sharing one alert region for a refusal (in the page's language, from
 * transitionRoleAction); unpublish, archive and delete ask for confirmation first (ConfirmStep). Button labels
 * are `admin.intent.<intent>`; `title` names the listing in the confirm question (with its `lang`). Which steps show is a
 * convenience; the action and the service check again.
 */
export function TransitionButtons({
  id,
  version,
  intents,
  title,
  entity = "roles",
  action: transition = transitionRoleAction,
}: {
  id: string;
  version: number;
  intents: readonly RoleIntent[];
  title: ListingTitle;
  /** Whose workflow: the confirm page lives at `/admin/<entity>/<id>/confirm`. */
  entity?: ListingEntity;
  /** The entity's workflow action: transitionRoleAction (default) or transitionOpeningAction. */
  action?: TransitionAction;
}) {
  const t = useTranslations("admin.intent");
  const [state, action, pending] = useActionState<TransitionState, FormData>(transition, {});
  if (intents.length === 0) return null;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {intents.map((intent) =>
          needsConfirmation(intent) ? (
            <ConfirmStep key={intent} id={id} version={version} intent={intent} title={title} entity={entity} action={transition} />
          ) : (
            <form key={intent} action={action}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="version" value={version} />
              <input type="hidden" name="intent" value={intent} />
              <button type="submit" disabled={pending} className={PLAIN}>{t(intent)}</button>
            </form>
          ),
        )}
      </div>
      <p role="alert" aria-live="assertive" className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="transition-error">{state.error}</p>
    </div>
  );
}
