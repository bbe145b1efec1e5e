"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type SignInState, signInAction } from "@/lib/auth/actions";

/**
 * Email + password form posting to signInAction with `callbackUrl` (a locale-prefixed path, already checked by the
 * sign-in page). Shows the action's error (in the page's language) in an alert region and keeps the email (never
 * the password). Labels from the `auth` messages. `permalink` (this page's URL) becomes the form's `action`, so the
 * server's HTML posts somewhere real without JavaScript (React writes `action=""` otherwise, which HTML forbids).
 */
export function SignInForm({ callbackUrl, permalink }: { callbackUrl: string; permalink: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {}, permalink);
  return (
    <form action={action} className="max-w-sm space-y-4" aria-describedby={state.error ? "sign-in-error" : undefined}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email}
          className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900" />
      </div>
      <p id="sign-in-error" role="alert" aria-live="assertive" className="min-h-6 text-red-700 dark:text-red-300">{state.error}</p>
      <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
