import "server-only";
import { db } from "@/lib/db";
import { dummyPasswordHash, PASSWORD_MAX_LENGTH, verifyPassword } from "./password";
import { clearSignInFailures, recordSignInFailure, signInRetryAfter } from "./rate-limit";
import { type Actor, normaliseEmail } from "./roles";

export type SignInCheck =
  | { ok: true; user: Actor }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/**
 * Checks an email + password for Auth.js's Credentials provider. Input: what the user typed and the client's
 * address (for the per-address limit). Output: the active staff user, or why not: "invalid" (unknown email, wrong
 * password or inactive account, deliberately not told apart) or "rate_limited" (too many recent failures for the
 * email or the address; the correct password is refused too until the window ends). Unknown emails cost the
 * same argon2 work as known ones. Database errors propagate.
 */
export async function checkSignIn(rawEmail: unknown, rawPassword: unknown, address: string): Promise<SignInCheck> {
  if (typeof rawEmail !== "string" || typeof rawPassword !== "string") return { ok: false, reason: "invalid" };
  const email = normaliseEmail(rawEmail).slice(0, 254);
  if (!email || !rawPassword || rawPassword.length > PASSWORD_MAX_LENGTH * 4) return { ok: false, reason: "invalid" };

  const retryAfterSeconds = await signInRetryAfter(email, address);
  if (retryAfterSeconds > 0) return { ok: false, reason: "rate_limited", retryAfterSeconds };

  const user = await db().staffUser.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), rawPassword);
  if (!user || !matches || !user.active) {
    await recordSignInFailure(email, address);
    return { ok: false, reason: "invalid" };
  }
  await clearSignInFailures(email);
  return { ok: true, user: { id: user.id, email: user.email, role: user.role === "ADMIN" ? "admin" : "editor" } };
}

export { clientAddress } from "./client-address";
