"use client";

import { useActionState } from "react";
import { createStaffAction, type StaffFormState, updateStaffAction } from "@/lib/staff/actions";

const input = "mt-1 rounded border border-slate-400 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900";

/** Form for a new staff account: email, initial password, role. Errors sit beside the field they concern. */
export function CreateStaffForm() {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(createStaffAction, {});
  const err = (f: StaffFormState["field"]) => (state.field === f ? state.message : "");
  return (
    <form action={action} className="flex flex-wrap items-start gap-3 text-sm" aria-label="New staff account">
      <label>Email<br />
        <input name="email" type="email" required defaultValue={state.ok ? "" : state.email} aria-describedby="new-email-error" className={input} />
        <span id="new-email-error" aria-live="polite" className="block text-red-700 dark:text-red-300">{err("email")}</span>
      </label>
      <label>Initial password<br />
        <input name="password" type="password" autoComplete="new-password" required aria-describedby="new-password-error" className={input} />
        <span id="new-password-error" aria-live="polite" className="block text-red-700 dark:text-red-300">{err("password")}</span>
      </label>
      <label>Role<br />
        <select name="role" defaultValue="editor" className={input}><option value="editor">editor</option><option value="admin">admin</option></select>
      </label>
      <button type="submit" disabled={pending} className="mt-5 rounded bg-blue-700 px-3 py-1.5 font-medium text-white">Create account</button>
      <p role="status" aria-live="polite" className="basis-full">{!state.field ? state.message : ""}</p>
    </form>
  );
}

/** One account's role, active flag and password reset. */
export function UpdateStaffForm({ id, email, role, active }: { id: string; email: string; role: string; active: boolean }) {
  const [state, action, pending] = useActionState<StaffFormState, FormData>(updateStaffAction, {});
  return (
    <form action={action} className="flex flex-wrap items-end gap-3 text-sm" aria-label={`Account ${email}`}>
      <input type="hidden" name="id" value={id} />
      <label>Role<br />
        <select name="role" defaultValue={role} className={input}><option value="editor">editor</option><option value="admin">admin</option></select>
      </label>
      <label>Active<br />
        <select name="active" defaultValue={String(active)} className={input}><option value="true">yes</option><option value="false">no (disabled)</option></select>
      </label>
      <label>New password (optional)<br /><input name="password" type="password" autoComplete="new-password" className={input} /></label>
      <button type="submit" disabled={pending} className="rounded border border-slate-500 px-3 py-1">Save</button>
      <span role="status" aria-live="polite" className={state.ok ? "" : "text-red-700 dark:text-red-300"}>{state.message}</span>
    </form>
  );
}
