import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { AccessDenied } from "@/lib/auth/roles";
import type { AppLocale } from "@/lib/i18n/routing";
import { SERVICE_MESSAGES } from "@/lib/roles/admin/refusal-messages";

/*
 * What the admin's server actions (roles and openings) share besides their entity: the request's locale and its
 * "admin" messages, a refusal in that language, and small input helpers. Not a "use server" file, so nothing here
 * is a public endpoint.
 */

/** A record id as the forms send it. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored value as the conflict view shows it: text as is, anything else as JSON, nothing as "". */
export const show = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

/** The "admin" translator of a request. */
export type AdminT = Awaited<ReturnType<typeof getTranslations<"admin">>>;

/**
 * A refusal from requireStaff or an admin service (RoleError, OpeningError: any Error with a fixed English
 * message) in the page's language: sign in for 401, the keyed translation from SERVICE_MESSAGES, "forbidden" for
 * other access refusals, else the message as it is.
 */
export function refusalMessage(t: AdminT, err: Error): string {
  if (err instanceof AccessDenied && err.status === 401) return t("errors.signIn");
  const key = SERVICE_MESSAGES[err.message as keyof typeof SERVICE_MESSAGES];
  if (key) return t(key);
  if (err instanceof AccessDenied) return t("errors.forbidden");
  return err.message;
}

/** The locale of this request and the "admin" messages in it. */
export async function adminTranslator(): Promise<{ locale: AppLocale; t: AdminT }> {
  const locale = await getLocale();
  return { locale, t: await getTranslations({ locale, namespace: "admin" }) };
}
