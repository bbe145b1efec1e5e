"use server";

import { adminTranslator, refusalMessage, show, UUID } from "@/lib/http/action-messages";
import { formDataArg } from "@/lib/http/action-input";
import { CONFIRM_FIELD, needsConfirmation } from "@/lib/roles/admin/confirm";
import { INTENT_MIN_ROLE } from "@/lib/workflow/transitions";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/redirect";
import { WORKFLOW_INTENTS, type WorkflowIntent } from "@/lib/workflow/transitions";
import { createOpening, OpeningError, transitionOpening, updateOpening } from "@/lib/openings/admin/service";
import { openingFormValues, parseOpeningForm, translateOpeningIssues } from "@/lib/openings/form/schema";
import type { OpeningFormState, TransitionState } from "@/lib/openings/admin/form-state";
import { revalidateOpeningViews } from "@/lib/openings/admin/revalidate";

/*
 * Server actions of the openings admin, the same recipe as the roles' (lib/roles/admin/actions.ts). Every export here
 * is a public endpoint, so each one checks the session and role first (requireStaff), parses its input with the
 * one opening schema (lib/openings/form/schema.ts), changes data through admin-service (which checks the role again and
 * writes the audit entry in the same transaction), then revalidates the public jobs views and the role pages
 * (revalidateOpeningViews) and redirects, in the request's locale, outside the try. Messages are in the request's
 * locale (`admin.*` messages, via getTranslations).
 */


/**
 * Creates an opening (no `id` in the form) or saves an edit (`id` + `version`, the version the form was opened
 * at). Input FormData: the opening fields (lib/openings/form/schema.ts OPENING_FIELDS), `idempotencyKey` for creates.
 * Editors and admins (editors only drafts and openings in review). Success: redirects to the opening's admin page
 * in the request's locale (`/zh/admin/openings/<id>?saved=1`). Failure: returns the typed values with field errors
 * (the schema's, or the service's on roleSlug, slug or externalId), a conflict (what others changed since
 * `version`), or a message (not signed in, role too low, not found), all in the request's locale. Unexpected
 * errors propagate.
 */
export async function saveOpeningAction(_prev: OpeningFormState, rawFormData: FormData): Promise<OpeningFormState> {
  const formData = formDataArg(rawFormData);
  const values = openingFormValues(formData);
  const { locale, t } = await adminTranslator();
  let actor;
  try {
    actor = await requireStaff("editor");
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: refusalMessage(t, err), values };
    throw err;
  }
  const parsed = parseOpeningForm(values);
  if (!parsed.ok) {
    const fieldErrors = translateOpeningIssues(parsed.issues, t, (f) => t(`openingFieldName.${f}`));
    return { status: "error", message: t("errors.fixFields"), fieldErrors, values };
  }

  const id = String(formData.get("id") ?? "");
  let savedId: string;
  let slugs: string[];
  try {
    if (id) {
      const version = Number(formData.get("version"));
      // The version the input started from (kept through conflicts); absent = the version itself (a plain save).
      const baseVersion = formData.has("baseVersion") ? Number(formData.get("baseVersion")) : version;
      if (!UUID.test(id) || !Number.isInteger(version) || version < 1 || !Number.isInteger(baseVersion) || baseVersion < 1 || baseVersion > version) {
        return { status: "error", message: t("errors.missingVersion"), values };
      }
      const r = await updateOpening(db(), actor, id, version, parsed.input, { baseVersion });
      savedId = r.opening.id;
      slugs = [r.opening.slug, r.previousSlug];
    } else {
      const key = String(formData.get("idempotencyKey") ?? "");
      if (!UUID.test(key)) return { status: "error", message: t("errors.missingKey"), values };
      const r = await createOpening(db(), actor, parsed.input, key);
      savedId = r.opening.id;
      slugs = [r.opening.slug];
    }
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: refusalMessage(t, err), values };
    if (err instanceof OpeningError) {
      if (err.kind === "conflict" && err.conflict) {
        return {
          status: "conflict",
          message: t("openings.errors.conflict", { from: Number(formData.get("version")), now: err.conflict.currentVersion }),
          values,
          version: err.conflict.currentVersion,
          baseVersion: formData.has("baseVersion") ? Number(formData.get("baseVersion")) : Number(formData.get("version")),
          conflict: err.conflict.changes.map((c) => ({ ...c, before: show(c.before), after: show(c.after), mine: c.mine === undefined ? undefined : show(c.mine), outcome: c.outcome ?? "overwrite" })),
        };
      }
      const fieldMessage =
        err.kind === "slug_taken"
          ? t("openings.errors.slugTaken", { slug: parsed.input.slug })
          : err.kind === "role_missing"
            ? t("openings.errors.roleMissing", { role: parsed.input.roleSlug })
            : err.kind === "external_id_taken"
              ? t("openings.errors.externalIdTaken", { externalId: parsed.input.externalId ?? "" })
              : err.kind === "slug_locked"
                ? t("openings.errors.slugLocked")
                : null;
      if (fieldMessage && err.field) return { status: "error", message: fieldMessage, fieldErrors: { [err.field]: [fieldMessage] }, values };
      return { status: "error", message: refusalMessage(t, err), values };
    }
    throw err;
  }
  revalidateOpeningViews(slugs);
  return redirect({ href: `/admin/openings/${savedId}?saved=1`, locale });
}

/**
 * Moves an opening one workflow step. Input FormData: `id`, `version` (as displayed), `intent` (submit, publish,
 * unpublish, archive, restore, delete). Editors may submit; the rest needs an admin. Success: redirects to the
 * opening's admin page in the request's locale (`/zh/admin/openings/<id>?done=<intent>`); failure: returns the
 * message in the request's locale (not signed in, role too low, stale version, wrong state).
 */
export async function transitionOpeningAction(_prev: TransitionState, rawFormData: FormData): Promise<TransitionState> {
  const formData = formDataArg(rawFormData);
  const { locale, t } = await adminTranslator();
  let actor;
  try {
    actor = await requireStaff("editor");
  } catch (err) {
    if (err instanceof AccessDenied) return { error: refusalMessage(t, err) };
    throw err;
  }
  const id = String(formData.get("id") ?? "");
  const version = Number(formData.get("version"));
  const intent = String(formData.get("intent") ?? "");
  if (!UUID.test(id) || !Number.isInteger(version) || version < 1 || !WORKFLOW_INTENTS.includes(intent as WorkflowIntent)) {
    return { error: t("errors.malformed") };
  }
  let opening;
  try {
    // The role first, so a refusal names what really stops this user; then the confirmation (as for roles).
    await requireStaff(INTENT_MIN_ROLE[intent as WorkflowIntent]);
    if (needsConfirmation(intent) && formData.get(CONFIRM_FIELD) !== "1") return { error: t("errors.confirmFirst") };
    opening = (await transitionOpening(db(), actor, id, version, intent as WorkflowIntent)).opening;
  } catch (err) {
    if (err instanceof AccessDenied || err instanceof OpeningError) {
      return { error: err instanceof OpeningError && err.kind === "conflict" ? t("openings.errors.staleTransition") : refusalMessage(t, err) };
    }
    throw err;
  }
  revalidateOpeningViews([opening.slug]);
  return redirect({ href: `/admin/openings/${id}?done=${intent}`, locale });
}
