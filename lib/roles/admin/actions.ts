"use server";

import { adminTranslator, refusalMessage, show, UUID } from "@/lib/http/action-messages";
import { formDataArg } from "@/lib/http/action-input";
import { requireStaff } from "@/lib/auth/session";
import { AccessDenied } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { redirect } from "@/lib/i18n/redirect";
import { createRole, INTENT_MIN_ROLE, ROLE_INTENTS, type RoleIntent, RoleError, transitionRole, updateRole } from "@/lib/roles/admin/service";
import { CONFIRM_FIELD, needsConfirmation } from "@/lib/roles/admin/confirm";
import { formValues, parseRoleForm, ROLE_FIELDS, type RoleField, translateRoleIssues } from "@/lib/roles/admin/form";
import type { RoleFormState, TransitionState } from "@/lib/roles/admin/form-state";
import { revalidateRoleViews } from "@/lib/roles/admin/revalidate";

/*
 * Server actions of the listing admin. Every export here is a public endpoint, so each one checks the session and
 * role first (requireStaff), parses its input with zod, changes data through admin-service (which checks the role
 * again and writes the audit entry in the same transaction), then revalidates (the public views and the admin
 * pages in every locale: revalidateRoleViews) and redirects, in the request's locale, outside the try.
 * Messages are in the request's locale (`admin.*` messages, via getTranslations).
 */


const isRoleField = (f: string): f is RoleField => (ROLE_FIELDS as readonly string[]).includes(f);

/** A whole version number from a form field, or null. */
function versionField(formData: FormData, name: string): number | null {
  const raw = formData.get(name);
  const n = typeof raw === "string" && raw !== "" ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/**
 * Creates a listing (no `id` in the form) or saves an edit (`id`, `version` = the version last seen, and
 * `baseVersion` = the version the input started from; without `baseVersion` it is `version`).
 * Input FormData: the listing fields (lib/roles/admin/form.ts), `idempotencyKey` for creates. Editors and admins.
 * Success: redirects to the listing's admin page in the request's locale (`/zh/admin/roles/<id>?saved=1`).
 * A stale edit returns a conflict: their changes since `baseVersion`, each with what saving over will do, the
 * stored `version`, the same `baseVersion`, and `values` = the input with their changes to fields the user left
 * alone filled in; sending that back saves over with a field-by-field merge (updateRole), or reports a new conflict.
 * Other failures: the typed values with field errors, or a message (not signed in, role too low, not found), all in
 * the request's locale. Unexpected errors propagate.
 */
export async function saveRoleAction(_prev: RoleFormState, rawFormData: FormData): Promise<RoleFormState> {
  const formData = formDataArg(rawFormData);
  const values = formValues(formData);
  const { locale, t } = await adminTranslator();
  let actor;
  try {
    actor = await requireStaff("editor");
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: refusalMessage(t, err), values };
    throw err;
  }
  const parsed = parseRoleForm(values);
  if (!parsed.ok) {
    const fieldErrors = translateRoleIssues(parsed.issues, t, (f) => t(`fieldName.${f}`));
    return { status: "error", message: t("errors.fixFields"), fieldErrors, values };
  }

  const id = String(formData.get("id") ?? "");
  let savedId: string;
  let slugs: string[];
  try {
    if (id) {
      const version = versionField(formData, "version");
      const baseVersion = formData.get("baseVersion") === null ? version : versionField(formData, "baseVersion");
      if (!UUID.test(id) || version === null || baseVersion === null || baseVersion > version) {
        return { status: "error", message: t("errors.missingVersion"), values };
      }
      const r = await updateRole(db(), actor, id, version, parsed.input, { baseVersion });
      savedId = r.role.id;
      slugs = [r.role.slug, r.previousSlug];
    } else {
      const key = String(formData.get("idempotencyKey") ?? "");
      if (!UUID.test(key)) return { status: "error", message: t("errors.missingKey"), values };
      const r = await createRole(db(), actor, parsed.input, key);
      savedId = r.role.id;
      slugs = [r.role.slug];
    }
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: refusalMessage(t, err), values };
    if (err instanceof RoleError) {
      if (err.kind === "conflict" && err.conflict) {
        const { baseVersion, currentVersion, changes } = err.conflict;
        // The form shows what saving over will store: their value where it will be kept.
        const merged = { ...values };
        for (const c of changes) if (c.outcome === "theirs" && isRoleField(c.field)) merged[c.field] = show(c.after);
        return {
          status: "conflict",
          message: t("errors.conflict", { from: baseVersion, now: currentVersion }),
          values: merged,
          version: currentVersion,
          baseVersion,
          conflict: changes.map((c) => ({
            field: c.field,
            before: show(c.before),
            after: show(c.after),
            ...(c.mine === undefined ? {} : { mine: show(c.mine) }),
            outcome: c.outcome ?? "theirs",
            by: c.by,
            at: c.at,
          })),
        };
      }
      if (err.kind === "slug_taken") {
        const message = t("errors.slugTaken", { slug: parsed.input.slug });
        return { status: "error", message, fieldErrors: { slug: [message] }, values };
      }
      return { status: "error", message: refusalMessage(t, err), values };
    }
    throw err;
  }
  revalidateRoleViews(slugs);
  return redirect({ href: `/admin/roles/${savedId}?saved=1`, locale });
}

/**
 * Moves a listing one workflow step. Input FormData: `id`, `version` (as displayed), `intent` (submit, publish,
 * unpublish, archive, restore, delete) and, for the steps that take a listing off the public pages (unpublish,
 * archive, delete: lib/roles/admin/confirm.ts), `confirmed=1` from a confirm step. Editors may submit; the rest needs an
 * admin. Success: redirects to the listing's admin page in the request's locale (`/zh/admin/roles/<id>?done=<intent>`);
 * failure: returns the message in the request's locale (not signed in, role too low, not confirmed, stale version,
 * wrong state) and changes nothing.
 */
export async function transitionRoleAction(_prev: TransitionState, rawFormData: FormData): Promise<TransitionState> {
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
  if (!UUID.test(id) || !Number.isInteger(version) || version < 1 || !ROLE_INTENTS.includes(intent as RoleIntent)) {
    return { error: t("errors.malformed") };
  }
  let slug: string;
  try {
    // The role first, so a refusal names what really stops this user; then the confirmation.
    await requireStaff(INTENT_MIN_ROLE[intent as RoleIntent]);
    if (needsConfirmation(intent) && formData.get(CONFIRM_FIELD) !== "1") return { error: t("errors.confirmFirst") };
    slug = (await transitionRole(db(), actor, id, version, intent as RoleIntent)).role.slug;
  } catch (err) {
    if (err instanceof AccessDenied || err instanceof RoleError) {
      return { error: err instanceof RoleError && err.kind === "conflict" ? t("errors.staleTransition") : refusalMessage(t, err) };
    }
    throw err;
  }
  revalidateRoleViews([slug]);
  return redirect({ href: `/admin/roles/${id}?done=${intent}`, locale });
}
