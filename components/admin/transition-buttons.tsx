"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { RoleIntent } from "@/lib/roles/admin-service";
import { transitionRoleAction } from "@/lib/roles/actions";
import type { TransitionState } from "@/lib/roles/form-state";

/**
 * The workflow steps this user may take on a listing now, one small form each (id, version, intent), sharing one
 * alert region for a refusal (in the page's language, from the action). `action` is the workflow's server action:
 * transitionRoleAction (the default) for roles, transitionOpeningAction for openings. Button labels are
 * `admin.intent.<intent>`. Which steps show is a convenience; the action and the service check again.
 */
export function TransitionButtons({
  id,
  version,
  intents,
  action: transition = transitionRoleAction,
}: {
  id: string;
  version: number;
  intents: readonly RoleIntent[];
  action?: (prev: TransitionState, formData: FormData) => Promise<TransitionState>;
}) {
  const t = useTranslations("admin.intent");
  const [state, action, pending] = useActionState<TransitionState, FormData>(transition, {});
  if (intents.length === 0) return null;
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {intents.map((intent) => (
          <form key={intent} action={action}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="version" value={version} />
            <input type="hidden" name="intent" value={intent} />
            <button type="submit" disabled={pending}
              className={`rounded px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${intent === "delete" ? "border border-red-600 text-red-700 dark:text-red-300" : "bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900"}`}>
              {t(intent)}
            </button>
          </form>
        ))}
      </div>
      <p role="alert" aria-live="assertive" className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="transition-error">{state.error}</p>
    </div>
  );
}
