import "server-only";
import { db } from "@/lib/db";
import type { AppLocale } from "@/lib/i18n/routing";
import { isHardBounce, sendMail } from "@/lib/mail/transport";
import { listOpeningsNewForAlert } from "@/lib/openings/data";
import { digestMail } from "./mails";
import { digestPeriod } from "./period";
import { storedAlertQuery } from "./query";

export { digestPeriod };

/** Most openings one digest lists (newest first); the rest stay new for the next one. */
export const DIGEST_MAX_OPENINGS = 50;
/**
 * How far before the watermark a digest looks again: an opening whose publish transaction committed after the last
 * digest read, with a published_at before it, is still caught; alert_sent_openings keeps it from being sent twice.
 */
export const WATERMARK_OVERLAP_MS = 10 * 60 * 1000;

export type DigestOutcome = { outcome: "sent"; count: number; messageId: string } | { outcome: "empty" } | { outcome: "skipped"; reason: string };

/**
 * Builds and sends one alert's digest for `period`, at most once. In one transaction: lock the alert row (FOR
 * UPDATE: a second worker with the same job waits, then sees the recorded digest), skip it unless active, not
 * suppressed and not yet digested for this period; list the openings new to it (lib/openings/data.ts, the jobs
 * page's filters); send the mail; record the digest (unique alert+period), the openings sent and the new watermark.
 * An SMTP failure throws before anything is recorded, so the transaction rolls back and the queue retries; a crash
 * after the server accepted the mail but before commit resends it with the same Message-ID (at least once, never
 * lost). An empty digest sends nothing and is recorded as "empty". A hard bounce (5xx to RCPT TO) puts the address
 * on the suppression list instead of retrying. Input: the alert id, the period key
 * (digestPeriod), the current time. Throws on SMTP or database errors.
 */
export async function sendDigest(alertId: string, period: string, now: Date = new Date()): Promise<DigestOutcome> {
  return db().$transaction(
    async (tx) => {
      const [alert] = await tx.$queryRaw<
        { id: string; email: string; locale: string; query: unknown; status: string; watermark: Date | null; confirmedAt: Date | null; suppressed: boolean }[]
      >`SELECT a.id::text AS id, a.email, a.locale, a.query, a.status::text AS status, a.watermark, a.confirmed_at AS "confirmedAt",
               EXISTS (SELECT 1 FROM mail_suppressions s WHERE s.email = a.email) AS suppressed
        FROM alert_subscriptions a WHERE a.id = ${alertId}::uuid FOR UPDATE OF a`;
      if (!alert) return { outcome: "skipped", reason: "missing" } as const;
      if (alert.status !== "active" || !alert.confirmedAt) return { outcome: "skipped", reason: alert.status } as const;
      if (alert.suppressed) return { outcome: "skipped", reason: "suppressed" } as const;
      const done = await tx.alertDigest.findUnique({ where: { alertId_period: { alertId, period } }, select: { id: true } });
      if (done) return { outcome: "skipped", reason: "duplicate" } as const;
      const query = storedAlertQuery(alert.query);
      if (!query) return { outcome: "skipped", reason: "query" } as const;

      const from = new Date(Math.max(alert.confirmedAt.getTime(), (alert.watermark ?? alert.confirmedAt).getTime() - WATERMARK_OVERLAP_MS));
      const openings = await listOpeningsNewForAlert(query, from, alertId, DIGEST_MAX_OPENINGS, now, tx);
      // Several pages of new openings: the watermark moves only to the oldest one listed, so the rest come next time.
      const watermark = openings.length === DIGEST_MAX_OPENINGS ? alert.watermark ?? alert.confirmedAt : now;
      if (openings.length === 0) {
        await tx.alertDigest.create({ data: { alertId, period, outcome: "empty", openingCount: 0 } });
        await tx.alertSubscription.update({ where: { id: alertId }, data: { watermark } });
        return { outcome: "empty" } as const;
      }
      let messageId: string;
      try {
        ({ messageId } = await sendMail(digestMail({ id: alert.id, email: alert.email, locale: alert.locale as AppLocale, query: alert.query }, period, openings)));
      } catch (err) {
        if (!isHardBounce(err)) throw err;
        // The server refused the address for good: never mail it again (the suppression list), no retry.
        await tx.mailSuppression.upsert({ where: { email: alert.email }, create: { email: alert.email, reason: "bounced" }, update: {} });
        return { outcome: "skipped", reason: "bounced" } as const;
      }
      await tx.alertDigest.create({ data: { alertId, period, outcome: "sent", openingCount: openings.length, messageId } });
      await tx.alertSentOpening.createMany({ data: openings.map((o) => ({ alertId, openingId: o.id })), skipDuplicates: true });
      await tx.alertSubscription.update({ where: { id: alertId }, data: { watermark } });
      return { outcome: "sent", count: openings.length, messageId } as const;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

/**
 * The active alerts whose digest for the current period has not been recorded: the scheduler enqueues one job per
 * alert and period from this. Output: alert ids with their period key.
 */
export async function dueDigests(now: Date = new Date()): Promise<{ alertId: string; period: string }[]> {
  const active = await db().alertSubscription.findMany({
    where: { status: "ACTIVE", confirmedAt: { not: null } },
    select: { id: true, frequency: true },
  });
  if (active.length === 0) return [];
  const wanted = active.map((a) => ({ alertId: a.id, period: digestPeriod(a.frequency === "DAILY" ? "daily" : "weekly", now) }));
  const recorded = await db().alertDigest.findMany({
    where: { OR: wanted.map((w) => ({ alertId: w.alertId, period: w.period })) },
    select: { alertId: true, period: true },
  });
  const seen = new Set(recorded.map((r) => `${r.alertId}:${r.period}`));
  return wanted.filter((w) => !seen.has(`${w.alertId}:${w.period}`));
}

/** Deletes pending (unconfirmed) alerts created more than 7 days before `now`. Output: how many. */
export async function deleteExpiredPending(now: Date = new Date()): Promise<number> {
  const { count } = await db().alertSubscription.deleteMany({
    where: { status: "PENDING", createdAt: { lt: new Date(now.getTime() - 7 * 24 * 3600 * 1000) } },
  });
  return count;
}
