"use server";

import { formDataArg } from "@/lib/http/action-input";
import { currentStaff } from "./session";
import { revokeStaffSession } from "./sessions";
import { AuthError } from "next-auth";
import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/lib/i18n/metadata";
import { safeRedirectPath } from "./redirect";
import { signIn, signOut } from "./config";

/** State of the sign-in form (never contains the password). `error` is in the page's language. */
export interface SignInState {
  error?: string;
  email?: string;
}

/**
 * Sign-in form action. Input: FormData with email, password and callbackUrl (where the user was going, normally a
 * locale-prefixed admin path such as `/zh/admin/roles/…`). On success redirects to callbackUrl when it is a path
 * on this site (safeRedirectPath), else to the admin home in the request's locale (`/zh/admin`). On failure returns
 * the message to show, in the request's locale (`auth.errors.*`): missing input, wrong credentials (deliberately
 * vague), too many attempts, or another Auth.js failure. Errors other than Auth.js's propagate.
 */
export async function signInAction(_prev: SignInState, rawFormData: FormData): Promise<SignInState> {
  const formData = formDataArg(rawFormData);
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: "auth.errors" });
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"), localePath(locale, "/admin"));
  if (!email.trim() || !password) return { error: t("missing"), email };
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (err) {
    // signIn's redirect on success is an exception Next handles: let it through.
    if (!(err instanceof AuthError)) throw err;
    if (err.type === "CredentialsSignin" && (err as { code?: string }).code === "rate_limited") {
      return { error: t("rateLimited"), email };
    }
    if (err.type === "CredentialsSignin") return { error: t("invalid"), email };
    return { error: t("failed"), email };
  }
  return {};
}

/**
 * Signs the current user out: revokes this sign-in's session (staff_sessions), so a copy of the cookie stops
 * working at once, clears the cookie and goes to the home page in the request's locale (`/zh` or `/en`).
 */
export async function signOutAction(): Promise<void> {
  const locale = await getLocale();
  const actor = await currentStaff();
  if (actor?.sessionId) await revokeStaffSession(actor.sessionId);
  await signOut({ redirectTo: localePath(locale, "/") });
}
