"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { clientAddress } from "@/lib/auth/client-address";
import { formDataArg } from "@/lib/http/action-input";
import { localePath } from "@/lib/i18n/metadata";
import { signToken } from "./tokens";
import { confirmAlert, manageAlert, type ManageChange, manageTokenEmail, subscribe, unsubscribeByToken } from "./service";

/*
 * The alerts' server actions. Nobody is signed in: each action's authorisation is the signed token it carries
 * (confirm, manage, unsubscribe), checked inside the action; subscribing needs none but is rate limited.
 */

/** State of the subscribe form. Messages are in the page's language; the address is never echoed back. */
export interface SubscribeState {
  status?: "sent" | "error";
  message?: string;
  fields?: { email?: string; frequency?: string };
}

/**
 * The jobs page's "Get alerts for this search" form. Input: FormData with email, frequency (daily | weekly) and
 * search (the page's query string). Output: "sent" with the same message whether or not anything was queued, or the
 * errors per field (invalid address, unknown frequency, a search the jobs contract refuses, rate limited).
 */
export async function subscribeAction(_prev: SubscribeState, raw: FormData): Promise<SubscribeState> {
  const formData = formDataArg(raw);
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "alerts.form" });
  const result = await subscribe({
    email: formData.get("email"),
    frequency: formData.get("frequency"),
    search: formData.get("search") ?? "",
    locale,
    ip: clientAddress(await headers()),
  });
  if (result.ok) return { status: "sent", message: t("sent") };
  if ("rateLimited" in result) return { status: "error", message: t("errors.rateLimited", { minutes: Math.ceil(result.rateLimited / 60) }) };
  const { errors } = result;
  return {
    status: "error",
    message: errors.search ? t("errors.search", { issues: errors.search.map((i) => i.message).join("; ") }) : undefined,
    fields: { email: errors.email ? t("errors.email") : undefined, frequency: errors.frequency ? t("errors.frequency") : undefined },
  };
}

/**
 * The confirm page's button. Input: FormData with token. Confirms the alert and goes to its address's manage page;
 * a token that is invalid, expired or already used goes back to the confirm page, which explains it.
 */
export async function confirmAction(raw: FormData): Promise<void> {
  const formData = formDataArg(raw);
  const locale = await getLocale();
  const token = String(formData.get("token") ?? "").slice(0, 1000);
  const result = await confirmAlert(token);
  if (result.ok) redirect(localePath(locale, `/alerts/manage?token=${signToken("manage", result.email)}&done=confirmed`));
  redirect(localePath(locale, `/alerts/confirm?token=${encodeURIComponent(token)}`));
}

/**
 * The manage page's buttons. Input: FormData with token (the address's manage token), intent (pause, resume,
 * delete, frequency, unsubscribe-all), alert (an alert id) and, for frequency, frequency. Goes back to the manage
 * page with `done=…` or `error=…`; an invalid token shows the page's "not valid" message. Nothing else is changed.
 */
export async function manageAction(raw: FormData): Promise<void> {
  const formData = formDataArg(raw);
  const locale = await getLocale();
  const token = String(formData.get("token") ?? "").slice(0, 1000);
  const email = manageTokenEmail(token);
  const back = (param: string) => localePath(locale, `/alerts/manage?token=${encodeURIComponent(token)}&${param}`);
  if (!email) redirect(back("error=token"));
  const intent = formData.get("intent");
  const change: ManageChange | null =
    intent === "pause" || intent === "resume" || intent === "delete" || intent === "unsubscribe-all"
      ? { intent }
      : intent === "frequency"
        ? { intent, frequency: formData.get("frequency") }
        : null;
  if (!change) redirect(back("error=unknown"));
  const result = await manageAlert(email, formData.get("alert"), change);
  redirect(back(result.ok ? `done=${result.done}` : `error=${result.error}`));
}

/** The unsubscribe page's button (the link in each digest). Input: FormData with token. Back with the outcome. */
export async function unsubscribeAction(raw: FormData): Promise<void> {
  const formData = formDataArg(raw);
  const locale = await getLocale();
  const token = String(formData.get("token") ?? "").slice(0, 1000);
  const ok = await unsubscribeByToken(token);
  redirect(localePath(locale, `/alerts/unsubscribe?token=${encodeURIComponent(token)}&${ok ? "done=1" : "error=token"}`));
}
