import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { env } from "@/lib/env";

/*
 * Outgoing mail through nodemailer. With SMTP_URL: that server (pooled connections). Without it (zero-setup start):
 * each message is rendered to RFC 5322 text and written to MAIL_DIR as <time>-<random>.eml, which any mail client
 * opens; `npm run dev` prints the folder. A failure (SMTP refusal, unreachable server, unwritable folder) throws, so
 * the queue retries the job.
 */

export type OutgoingMail = Mail.Options;

const g = globalThis as unknown as { atlasMailTransport?: { key: string; transport: Transporter } };

function transport(): Transporter {
  const { SMTP_URL } = env();
  const key = SMTP_URL ?? "file";
  if (g.atlasMailTransport?.key !== key) {
    g.atlasMailTransport?.transport.close();
    const t = SMTP_URL
      ? nodemailer.createTransport(SMTP_URL, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
    g.atlasMailTransport = { key, transport: t };
  }
  return g.atlasMailTransport!.transport;
}

/** The folder .eml files are written to when SMTP_URL is unset (absolute). */
export function mailFolder(): string {
  return path.resolve(env().MAIL_DIR);
}

/**
 * Sends one message (From is MAIL_FROM unless given). Output: the Message-ID used. Throws when the server refuses
 * it or cannot be reached, or the folder cannot be written.
 */
export async function sendMail(message: OutgoingMail): Promise<{ messageId: string }> {
  const info = await transport().sendMail({ from: env().MAIL_FROM, ...message });
  if (!env().SMTP_URL) {
    const dir = mailFolder();
    await mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.eml`;
    await writeFile(path.join(dir, name), (info as unknown as { message: Buffer }).message);
  }
  return { messageId: info.messageId };
}

/**
 * True when a send failed because the server permanently refused the recipient (a 5xx reply to RCPT TO, e.g. 550
 * "mailbox unavailable"): a hard bounce, not worth retrying. Temporary failures (4xx, connection errors) are not.
 */
export function isHardBounce(err: unknown): boolean {
  const e = err as { responseCode?: number; command?: string } | null;
  return !!e && typeof e.responseCode === "number" && e.responseCode >= 500 && e.responseCode < 600 && /^RCPT/i.test(e.command ?? "");
}
