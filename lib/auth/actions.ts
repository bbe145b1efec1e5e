"use server";

import { AuthError } from "next-auth";
import { safeRedirectPath } from "./redirect";
import { signIn, signOut } from "./config";

/** State of the sign-in form (never contains the password). */
export interface SignInState {
  error?: string;
  email?: string;
}

/**
 * Sign-in form action. Input: FormData with email, password and callbackUrl (where the user was going).
 * On success redirects to callbackUrl when it is a path on this site, else to /admin. On failure returns the
 * message to show: wrong credentials (deliberately vague) or too many attempts.
 */
export async function signInAction(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "");
  const redirectTo = safeRedirectPath(formData.get("callbackUrl"));
  if (!email.trim() || !password) return { error: "Enter your email and password.", email };
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (err) {
    // signIn's redirect on success is an exception Next handles: let it through.
    if (!(err instanceof AuthError)) throw err;
    if (err.type === "CredentialsSignin" && (err as { code?: string }).code === "rate_limited") {
      return { error: "Too many failed sign-ins for this account or address. Wait 15 minutes and try again.", email };
    }
    if (err.type === "CredentialsSignin") return { error: "The email or password is not correct.", email };
    return { error: "Sign-in failed. Please try again.", email };
  }
  return {};
}

/** Signs the current user out and goes to the home page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
