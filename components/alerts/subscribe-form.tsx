"use client";

import { useActionState } from "react";
import { type SubscribeState, subscribeAction } from "@/lib/alerts/actions";

/** The form's visible words, one per `alerts.form` message of the same name. */
export interface SubscribeLabels {
  heading: string;
  intro: string;
  email: string;
  frequency: string;
  daily: string;
  weekly: string;
  submit: string;
}

const field = "mt-1 w-full rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900";

/**
 * "Get alerts for this search" on the jobs page: email and frequency, posting to subscribeAction with the page's
 * search (`search`: its filters as a query string). `labels`: the form's words (`alerts.form`), translated by the
 * server, so the jobs page sends no message runtime; the action's outcome and field errors arrive translated in
 * its state. Works without JavaScript (the action renders the page again
 * with its state; `permalink`, this page's URL, is the form's `action` there, as React writes `action=""`
 * otherwise, which HTML forbids). Field errors are tied to their inputs with aria-describedby; the outcome is announced.
 */
export function SubscribeForm({ search, permalink, labels }: { search: string; permalink: string; labels: SubscribeLabels }) {
  const t = (key: keyof SubscribeLabels) => labels[key];
  const [state, action, pending] = useActionState<SubscribeState, FormData>(subscribeAction, {}, permalink);
  const emailError = state.fields?.email;
  const frequencyError = state.fields?.frequency;
  return (
    <section aria-labelledby="alert-heading" className="mt-8 rounded border border-slate-300 p-4 dark:border-slate-700" data-testid="alert-form">
      <h2 id="alert-heading" className="text-lg font-semibold">{t("heading")}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("intro")}</p>
      <form action={action} className="mt-3 flex flex-wrap items-end gap-3" noValidate>
        <input type="hidden" name="search" value={search} />
        <div className="min-w-60 flex-1">
          <label htmlFor="alert-email" className="block text-sm font-medium">{t("email")}</label>
          <input id="alert-email" name="email" type="email" autoComplete="email" required maxLength={254}
            aria-invalid={emailError ? true : undefined} aria-describedby={emailError ? "alert-email-error" : undefined} className={field} />
          {emailError && <p id="alert-email-error" className="mt-1 text-sm text-red-700 dark:text-red-300">{emailError}</p>}
        </div>
        <div>
          <label htmlFor="alert-frequency" className="block text-sm font-medium">{t("frequency")}</label>
          <select id="alert-frequency" name="frequency" defaultValue="daily" className={field}
            aria-invalid={frequencyError ? true : undefined} aria-describedby={frequencyError ? "alert-frequency-error" : undefined}>
            <option value="daily">{t("daily")}</option>
            <option value="weekly">{t("weekly")}</option>
          </select>
          {frequencyError && <p id="alert-frequency-error" className="mt-1 text-sm text-red-700 dark:text-red-300">{frequencyError}</p>}
        </div>
        <button type="submit" disabled={pending} className="rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60">
          {t("submit")}
        </button>
      </form>
      <p role="status" aria-live="polite" data-testid="alert-status"
        className={`mt-2 min-h-6 text-sm ${state.status === "error" ? "text-red-700 dark:text-red-300" : "text-green-800 dark:text-green-300"}`}>
        {state.message}
      </p>
    </section>
  );
}
