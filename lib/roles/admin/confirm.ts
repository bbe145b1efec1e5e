import type { RoleIntent } from "@/lib/roles/admin/service";

/*
 * Which workflow steps ask for confirmation: those that take a listing off the public pages. Client-safe (the
 * workflow buttons read it); transitionRoleAction refuses these steps unless the request says it was confirmed.
 */

/** Steps that need a confirm step (a dialog, or the confirm page without JavaScript) before they run. */
export const CONFIRMED_INTENTS = ["unpublish", "archive", "delete"] as const satisfies readonly RoleIntent[];
export type ConfirmedIntent = (typeof CONFIRMED_INTENTS)[number];

/** Whether `intent` (any string, e.g. a URL parameter) is a step that asks for confirmation. */
export function needsConfirmation(intent: string): intent is ConfirmedIntent {
  return (CONFIRMED_INTENTS as readonly string[]).includes(intent);
}

/** The name of the form field a confirm step sets ("1"), so a one-click post cannot take a confirmed step. */
export const CONFIRM_FIELD = "confirmed";
