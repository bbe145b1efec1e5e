"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";
import { AccessDenied } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { createRole, ROLE_INTENTS, type RoleIntent, RoleError, transitionRole, updateRole } from "./admin-service";
import { formValues, parseRoleForm } from "./form";
import type { RoleFormState, TransitionState } from "./form-state";
import { revalidateRoleViews } from "./revalidate";

/*
 * Server actions of the listing admin. Every export here is a public endpoint, so each one checks the session and
 * role first (requireStaff), parses its input with zod, changes data through admin-service (which checks the role
 * again and writes the audit entry in the same transaction), then revalidates and redirects outside the try.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const show = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/**
 * Creates a listing (no `id` in the form) or saves an edit (`id` + `version`, the version the form was opened at).
 * Input FormData: the listing fields (lib/roles/form.ts), `idempotencyKey` for creates. Editors and admins.
 * Success: redirects to the listing's admin page. Failure: returns the typed values with field errors, a conflict
 * (what others changed since `version`), or a message (not signed in, role too low, not found).
 */
export async function saveRoleAction(_prev: RoleFormState, formData: FormData): Promise<RoleFormState> {
  const values = formValues(formData);
  let actor;
  try {
    actor = await requireStaff("editor");
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: err.message, values };
    throw err;
  }
  const parsed = parseRoleForm(values);
  if (!parsed.ok) {
    return { status: "error", message: "Please correct the fields marked below.", fieldErrors: parsed.fieldErrors, values };
  }

  const id = String(formData.get("id") ?? "");
  let savedId: string;
  let slugs: string[];
  try {
    if (id) {
      const version = Number(formData.get("version"));
      if (!UUID.test(id) || !Number.isInteger(version) || version < 1) {
        return { status: "error", message: "This form is missing the listing or its version; reload the page.", values };
      }
      const r = await updateRole(db(), actor, id, version, parsed.input);
      savedId = r.role.id;
      slugs = [r.role.slug, r.previousSlug];
    } else {
      const key = String(formData.get("idempotencyKey") ?? "");
      if (!UUID.test(key)) return { status: "error", message: "This form is missing its submission key; reload the page.", values };
      const r = await createRole(db(), actor, parsed.input, key);
      savedId = r.role.id;
      slugs = [r.role.slug];
    }
  } catch (err) {
    if (err instanceof AccessDenied) return { status: "error", message: err.message, values };
    if (err instanceof RoleError) {
      if (err.kind === "conflict" && err.conflict) {
        return {
          status: "conflict",
          message: err.message,
          values,
          version: err.conflict.currentVersion,
          conflict: err.conflict.changes.map((c) => ({ ...c, before: show(c.before), after: show(c.after) })),
        };
      }
      if (err.kind === "slug_taken") return { status: "error", message: err.message, fieldErrors: { slug: [err.message] }, values };
      return { status: "error", message: err.message, values };
    }
    throw err;
  }
  revalidateRoleViews(slugs);
  redirect(`/admin/roles/${savedId}?saved=1`);
}

/**
 * Moves a listing one workflow step. Input FormData: `id`, `version` (as displayed), `intent` (submit, publish,
 * unpublish, archive, restore, delete). Editors may submit; the rest needs an admin. Success: redirects to the
 * listing's admin page; failure: returns the message (not signed in, role too low, stale version, wrong state).
 */
export async function transitionRoleAction(_prev: TransitionState, formData: FormData): Promise<TransitionState> {
  let actor;
  try {
    actor = await requireStaff("editor");
  } catch (err) {
    if (err instanceof AccessDenied) return { error: err.message };
    throw err;
  }
  const id = String(formData.get("id") ?? "");
  const version = Number(formData.get("version"));
  const intent = String(formData.get("intent") ?? "");
  if (!UUID.test(id) || !Number.isInteger(version) || version < 1 || !ROLE_INTENTS.includes(intent as RoleIntent)) {
    return { error: "This request is malformed; reload the page." };
  }
  let slug: string;
  try {
    slug = (await transitionRole(db(), actor, id, version, intent as RoleIntent)).role.slug;
  } catch (err) {
    if (err instanceof AccessDenied || err instanceof RoleError) {
      return { error: err instanceof RoleError && err.kind === "conflict" ? "Someone else changed this listing since you opened it; reload to see the current version." : err.message };
    }
    throw err;
  }
  revalidateRoleViews([slug]);
  redirect(`/admin/roles/${id}?done=${intent}`);
}
