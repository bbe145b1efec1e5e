"use server";

import { formDataArg } from "@/lib/http/action-input";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { AccessDenied } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createStaffUser, StaffError, updateStaffUser } from "./service";

/*
 * Server actions of the staff page. Admins only: each checks the session and role first (requireStaff), and the
 * service checks again. Every export of this file is a public endpoint. Messages are in the request's locale
 * (`admin.staff.*` and `admin.errors.*`, via getTranslations).
 */

/** Result of a staff form: a message, which field it concerns, and the email typed (never the password). */
export interface StaffFormState {
  ok?: boolean;
  message?: string;
  field?: "email" | "password" | "role";
  email?: string;
}

type AdminT = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/** The form state for a refusal, in the page's language; anything but AccessDenied and StaffError propagates. */
function refusal(t: AdminT, err: unknown, email?: string): StaffFormState {
  if (err instanceof AccessDenied) {
    return { message: err.status === 401 ? t("errors.signIn") : t("errors.onlyAdmin"), email };
  }
  if (err instanceof StaffError) {
    // Every refusal of the service has a code; a message without one is shown as it is (English). The values
    // are the ones the code's message takes (see StaffError), hence the cast.
    const message = err.code ? t(`staff.errors.${err.code}`, err.values as { email: string; min: number; max: number }) : err.message;
    return { message, field: err.field, email };
  }
  throw err;
}

/** Drops the cached staff page in both locales. */
function revalidateStaffPage(): void {
  revalidatePath("/[locale]/admin/staff", "page");
}

/**
 * Creates a staff account. FormData: email, password (initial; the person changes it by asking an admin), role.
 * Output: `ok` with a confirmation, or the refusal (field, message) with the email kept; messages in the
 * request's locale. Admins only.
 */
export async function createStaffAction(_prev: StaffFormState, rawFormData: FormData): Promise<StaffFormState> {
  const formData = formDataArg(rawFormData);
  const t = await getTranslations("admin");
  const email = String(formData.get("email") ?? "").slice(0, 300);
  try {
    const actor = await requireStaff("admin");
    await createStaffUser(db(), actor, { email, password: String(formData.get("password") ?? ""), role: String(formData.get("role") ?? "") });
  } catch (err) {
    return refusal(t, err, email);
  }
  revalidateStaffPage();
  return { ok: true, message: t("staff.created", { email: email.trim().toLowerCase() }) };
}

/**
 * Changes one account. FormData: id, and any of role (editor|admin), active ("true"|"false"), password (new).
 * Refused when it would leave no active admin. Output: `ok` with "Saved." or the refusal, in the request's
 * locale. Admins only.
 */
export async function updateStaffAction(_prev: StaffFormState, rawFormData: FormData): Promise<StaffFormState> {
  const formData = formDataArg(rawFormData);
  const t = await getTranslations("admin");
  try {
    const actor = await requireStaff("admin");
    const id = String(formData.get("id") ?? "");
    if (!/^[0-9a-f-]{36}$/i.test(id)) return { message: t("errors.malformed") };
    const role = formData.get("role");
    const active = formData.get("active");
    const password = formData.get("password");
    await updateStaffUser(db(), actor, id, {
      role: typeof role === "string" && role ? role : undefined,
      active: active === "true" ? true : active === "false" ? false : undefined,
      password: typeof password === "string" && password ? password : undefined,
    });
  } catch (err) {
    return refusal(t, err);
  }
  revalidateStaffPage();
  return { ok: true, message: t("staff.saved") };
}
