import { z } from "zod";

/** Longest address accepted (RFC 5321's path limit). */
export const EMAIL_MAX = 254;

/**
 * An address as stored and compared: NFC, trimmed, lower case (the local part too: every mailbox provider we know
 * of treats it case-insensitively, and a per-address cap must not be dodged by changing case). Pure.
 */
export function normaliseEmail(raw: string): string {
  return raw.normalize("NFC").trim().toLowerCase();
}

/** The subscribe form's address: normalised, then checked with zod's email rule. English messages (keys below). */
export const emailSchema = z
  .string({ error: "email" })
  .transform(normaliseEmail)
  .pipe(z.string().min(1, "email").max(EMAIL_MAX, "email").pipe(z.email({ error: "email" })));
