import "server-only";
import { getLocale } from "next-intl/server";
import { localePath } from "@/lib/i18n/metadata";
import { redirect } from "@/lib/i18n/redirect";
import { currentStaff } from "./session";
import type { Actor } from "./roles";

/**
 * For admin pages: the signed-in staff member (lib/auth/session.ts, re-read from the database), or a redirect to
 * the sign-in page in the request's locale (`/zh/sign-in?callbackUrl=%2Fzh%2Fadmin…`) that comes back to `path`
 * afterwards. Input: the page's locale-free path with its query, e.g. "/admin/roles/x"; the callback gets the
 * locale prefix. Never returns without an actor (the redirect throws Next's redirect signal). Pages then check the
 * role (roleAtLeast) for what they show; the data functions and actions they call check again on their own.
 */
export async function staffOrSignIn(path: string): Promise<Actor> {
  const actor = await currentStaff();
  if (actor) return actor;
  const locale = await getLocale();
  return redirect({ href: `/sign-in?callbackUrl=${encodeURIComponent(localePath(locale, path))}`, locale });
}
