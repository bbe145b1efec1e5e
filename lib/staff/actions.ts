"use server";

import { revalidatePath } from "next/cache";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createStaffUser, StaffError, updateStaffUser } from "./service";

/*
 * Server actions of the staff page. Admins only: each checks the session and role first (requireStaff), and the
 * service checks again. Every export of this file is a public endpoint.
 */

/** Result of a staff form: a message, which field it concerns, and the email typed (never the password). */
export interface StaffFormState {
  ok?: boolean;
  message?: string;
  field?: "email" | "password" | "role";
  email?: string;
}

function refusal(err: unknown, email?: string): StaffFormState {
  if (err instanceof AccessDenied) return { message: err.message, email };
  if (err instanceof StaffError) return { message: err.message, field: err.field, email };
  throw err;
}

/** Creates a staff account. FormData: email, password (initial; the person changes it by asking an admin), role. */
export async function createStaffAction(_prev: StaffFormState, formData: FormData): Promise<StaffFormState> {
  const email = String(formData.get("email") ?? "").slice(0, 300);
  try {
    const actor = await requireStaff("admin");
    await createStaffUser(db(), actor, { email, password: String(formData.get("password") ?? ""), role: String(formData.get("role") ?? "") });
  } catch (err) {
    return refusal(err, email);
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: `Account created for ${email.trim().toLowerCase()}.` };
}

/**
 * Changes one account. FormData: id, and any of role (editor|admin), active ("true"|"false"), password (new).
 * Refused when it would leave no active admin.
 */
export async function updateStaffAction(_prev: StaffFormState, formData: FormData): Promise<StaffFormState> {
  try {
    const actor = await requireStaff("admin");
    const id = String(formData.get("id") ?? "");
    if (!/^[0-9a-f-]{36}$/i.test(id)) return { message: "This request is malformed; reload the page." };
    const role = formData.get("role");
    const active = formData.get("active");
    const password = formData.get("password");
    await updateStaffUser(db(), actor, id, {
      role: typeof role === "string" && role ? role : undefined,
      active: active === "true" ? true : active === "false" ? false : undefined,
      password: typeof password === "string" && password ? password : undefined,
    });
  } catch (err) {
    return refusal(err);
  }
  revalidatePath("/admin/staff");
  return { ok: true, message: "Saved." };
}
