"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { STAFF_ROLES } from "@/lib/auth/roles";
import { createStaffAction, type StaffFormState, updateStaffAction } from "@/lib/staff/actions";

const input = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

/** The role choices (values stay `editor` / `admin`; the labels are `admin.staffRole.*`). */
function RoleOptions() {
  const t = useTranslations("admin.staffRole");
  return STAFF_ROLES.map((r) => <option key={r} value={r}>{t(r)}</option>);
}

/**
 * Form for a new staff account: email, initial password, role; posts to createStaffAction (admins only, checked
 * there). Errors (in the page's language, from the action) sit beside the field they concern; labels from
 * `admin.staff.form`.
 */
export function CreateStaffForm() {
  const t = useTranslations("admin.staff.form");
  const [state, action, pending] = useActionState<StaffFormState, FormData>(createStaffAction, {});
  const err = (f: StaffFormState["field"]) => (state.field === f ? state.message : "");
  return (
    <form action={action} className="flex flex-wrap items-start gap-3 text-sm" aria-label={t("newLabel")}>
      <label>{t("email")}<br />
        <input name="email" type="email" required defaultValue={state.ok ? "" : state.email} aria-describedby="new-email-error" className={input} />
        <span id="new-email-error" aria-live="polite" className="block text-red-700 dark:text-red-300">{err("email")}</span>
      </label>
      <label>{t("initialPassword")}<br />
        <input name="password" type="password" autoComplete="new-password" required aria-describedby="new-password-error" className={input} />
        <span id="new-password-error" aria-live="polite" className="block text-red-700 dark:text-red-300">{err("password")}</span>
      </label>
      <label>{t("role")}<br />
        <select name="role" defaultValue="editor" className={input}><RoleOptions /></select>
      </label>
      <button type="submit" disabled={pending} className="mt-5 rounded bg-blue-700 px-3 py-1.5 font-medium text-white">{t("create")}</button>
      <p role="status" aria-live="polite" className="basis-full">{!state.field ? state.message : ""}</p>
    </form>
  );
}

/**
 * One account's role, active flag and password reset; posts to updateStaffAction (admins only, checked there).
 * Input: the account's id, email (for the form's accessible name), role (`editor` | `admin`) and active flag.
 * The action's result (in the page's language) shows beside the button.
 */
export function UpdateStaffForm({ id, email, role, active }: { id: string; email: string; role: string; active: boolean }) {
  const t = useTranslations("admin.staff.form");
  const [state, action, pending] = useActionState<StaffFormState, FormData>(updateStaffAction, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("accountLabel", { email })}>
      <input type="hidden" name="id" value={id} />
      <label>{t("role")}<br />
        <select name="role" defaultValue={role} className={input}><RoleOptions /></select>
      </label>
      <label>{t("active")}<br />
        <select name="active" defaultValue={String(active)} className={input}>
          <option value="true">{t("activeYes")}</option>
          <option value="false">{t("activeNo")}</option>
        </select>
      </label>
      <label>{t("newPassword")}<br /><input name="password" type="password" autoComplete="new-password" className={input} /></label>
      <button type="submit" disabled={pending} className="rounded border border-slate-500 px-3 py-1">{t("save")}</button>
      <span role="status" aria-live="polite" className={state.ok ? "" : "text-red-700 dark:text-red-300"}>{state.message}</span>
    </form>
  );
}
