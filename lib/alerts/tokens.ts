import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * Signed links for people without an account: HMAC-SHA256 with AUTH_SECRET (the secret already shared by every app
 * instance) over a purpose, a subject and an expiry. No server-only marker: the e2e tests sign links with it too. Nothing is stored; a token is refused when its signature,
 * purpose or expiry does not match. Whether a confirmation was already used is the alert's own state (pending or
 * not), so a replay is recognised without a token table.
 */

export type TokenPurpose = "confirm" | "manage" | "unsubscribe";

/** Confirmation links work for 7 days, as long as an unconfirmed alert is kept. */
export const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;
/** Manage and unsubscribe links are in every digest: they work for a year after that mail was written. */
export const LINK_TTL_MS = 365 * 24 * 3600 * 1000;

function secret(): string {
  const s = process.env.AUTH_SECRET;
  if (!s || s.length < 32) throw new Error("AUTH_SECRET is not set or shorter than 32 characters (see .env.example)");
  return s;
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const mac = (body: string) => createHmac("sha256", secret()).update(`atlas-alerts:${body}`).digest("base64url");

/**
 * A token for `purpose` about `subject` (an alert id, or a normalised address for "manage"), valid until
 * `now + ttlMs`. Output: URL-safe text (`<purpose>.<subject b64>.<expiry ms>.<signature>`).
 */
export function signToken(purpose: TokenPurpose, subject: string, now = Date.now(), ttlMs = purpose === "confirm" ? CONFIRM_TTL_MS : LINK_TTL_MS): string {
  const body = `${purpose}.${b64(subject)}.${now + ttlMs}`;
  return `${body}.${mac(body)}`;
}

export type TokenCheck = { ok: true; subject: string } | { ok: false; reason: "invalid" | "expired" };

/**
 * Checks a token for `purpose`. Output: its subject, or why not: "invalid" (malformed, tampered, another
 * purpose) or "expired". Never throws for bad input.
 */
export function verifyToken(purpose: TokenPurpose, token: unknown, now = Date.now()): TokenCheck {
  if (typeof token !== "string" || token.length > 1000) return { ok: false, reason: "invalid" };
  const parts = token.split(".");
  if (parts.length !== 4) return { ok: false, reason: "invalid" };
  const [p, subject64, expiry, signature] = parts as [string, string, string, string];
  const expected = Buffer.from(mac(`${p}.${subject64}.${expiry}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given) || p !== purpose || !/^\d{1,15}$/.test(expiry)) {
    return { ok: false, reason: "invalid" };
  }
  if (Number(expiry) <= now) return { ok: false, reason: "expired" };
  return { ok: true, subject: Buffer.from(subject64, "base64url").toString("utf8") };
}
