import "server-only";
import PgBoss from "pg-boss";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isHardBounce, sendMail } from "@/lib/mail/transport";
import { deleteExpiredPending, dueDigests, sendDigest } from "./digest";
import { confirmationMail } from "./mails";

/*
 * The alerts' job queue: pg-boss (10.x, Node ≥ 20) in the same Postgres, schema "pgboss". Three queues:
 *   alert-confirm   one double opt-in mail per job ({ alertId })
 *   alert-digest    one digest per alert and period ({ alertId, period }); policy "stately" with singletonKey
 *                   `<alertId>:<period>` keeps a second copy from being queued while one waits; sendDigest's row lock
 *                   and the unique (alert_id, period) row make sending once hold even across several workers
 *   alerts-tick     cron every 10 minutes: enqueue due digests, delete unconfirmed alerts older than 7 days
 * Failed jobs retry with exponential backoff (retryDelay × 2^n seconds) up to RETRY_LIMIT times. A job whose process
 * died stays active until its expiry (15 minutes), then pg-boss retries it.
 */

export const QUEUES = { confirm: "alert-confirm", digest: "alert-digest", tick: "alerts-tick" } as const;
export const RETRY_LIMIT = 8;
const RETRY = { retryLimit: RETRY_LIMIT, retryDelay: 30, retryBackoff: true, expireInSeconds: 15 * 60 } as const;

const g = globalThis as unknown as { atlasBoss?: Promise<PgBoss>; atlasWorkers?: boolean };

/**
 * This process's pg-boss (started once: creates its schema and the queues when missing). Options for tests:
 * `retryDelay` in seconds. Throws when the database cannot be reached.
 */
export function boss(): Promise<PgBoss> {
  g.atlasBoss ??= (async () => {
    const b = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", max: 3, application_name: "atlas-alerts" });
    // Errors of its background loops (maintenance, polling) must not crash the app; they are retried by pg-boss.
    b.on("error", (err) => console.error(`[alerts] queue error: ${err.message}`));
    await b.start();
    await b.createQueue(QUEUES.confirm, { name: QUEUES.confirm, policy: "standard", ...RETRY });
    await b.createQueue(QUEUES.digest, { name: QUEUES.digest, policy: "stately", ...RETRY });
    await b.createQueue(QUEUES.tick, { name: QUEUES.tick, policy: "stately", retryLimit: 0 });
    return b;
  })().catch((err) => {
    g.atlasBoss = undefined;
    throw err;
  });
  return g.atlasBoss;
}

/** Queues the confirmation mail of a pending alert. */
export async function enqueueConfirmation(alertId: string): Promise<void> {
  await (await boss()).send(QUEUES.confirm, { alertId }, RETRY);
}

/** Queues the digest of every due alert (dueDigests). Output: how many jobs were queued (duplicates are not). */
export async function enqueueDueDigests(now: Date = new Date()): Promise<number> {
  const b = await boss();
  let queued = 0;
  for (const d of await dueDigests(now)) {
    if (await b.send(QUEUES.digest, d, { ...RETRY, singletonKey: `${d.alertId}:${d.period}` })) queued += 1;
  }
  return queued;
}

/**
 * Sends the confirmation mail of a still pending alert whose address is not suppressed; nothing otherwise. Output:
 * whether it was sent. A hard bounce suppresses the address (false); other send failures throw (the job retries).
 */
export async function sendConfirmation(alertId: string): Promise<boolean> {
  const alert = await db().alertSubscription.findUnique({ where: { id: alertId } });
  if (!alert || alert.status !== "PENDING") return false;
  if (await db().mailSuppression.findUnique({ where: { email: alert.email } })) return false;
  try {
    await sendMail(
      confirmationMail({ id: alert.id, email: alert.email, locale: alert.locale === "zh" ? "zh" : "en", frequency: alert.frequency === "DAILY" ? "daily" : "weekly", query: alert.query }),
    );
  } catch (err) {
    if (!isHardBounce(err)) throw err;
    await db().mailSuppression.upsert({ where: { email: alert.email }, create: { email: alert.email, reason: "bounced" }, update: {} });
    return false;
  }
  return true;
}

/** One scheduler tick: queue due digests and delete expired unconfirmed alerts. */
export async function tick(now: Date = new Date()): Promise<{ queued: number; expired: number }> {
  const expired = await deleteExpiredPending(now);
  const queued = await enqueueDueDigests(now);
  return { queued, expired };
}

/**
 * Starts this process's workers for the three queues (once per process) and the 10-minute schedule. Used by the
 * app's server (instrumentation.ts, unless ALERTS_WORKER=off) and `npm run worker`. `pollingIntervalSeconds`:
 * how often an idle worker looks for jobs (default 2); `scheduler: false` leaves out the 10-minute tick (tests that
 * must not have other alerts' digests sent beside theirs).
 */
export async function startAlertWorkers(pollingIntervalSeconds = 2, { scheduler = true } = {}): Promise<PgBoss> {
  const b = await boss();
  if (g.atlasWorkers) return b;
  g.atlasWorkers = true;
  // pg-boss waits the polling interval after every fetch, so each fetch takes a batch; the jobs of a batch run one
  // after another (a digest holds a transaction), and one that throws is failed on its own (retried with backoff)
  // while the others complete.
  const each = <T extends object>(name: string, handler: (data: T) => Promise<unknown>) =>
    b.work<T>(name, { pollingIntervalSeconds, batchSize: 20 }, async (jobs) => {
      for (const job of jobs) {
        try {
          await handler(job.data);
        } catch (err) {
          await b.fail(name, job.id, { message: (err as Error).message });
        }
      }
    });
  await each<{ alertId: string }>(QUEUES.confirm, (d) => sendConfirmation(d.alertId));
  await each<{ alertId: string; period: string }>(QUEUES.digest, (d) => sendDigest(d.alertId, d.period));
  if (scheduler) {
    await each(QUEUES.tick, () => tick());
    await b.schedule(QUEUES.tick, "*/10 * * * *", {}, { retryLimit: 0 });
  }
  return b;
}

/** Stops this process's queue (workers finish their current job first). */
export async function stopAlertWorkers(): Promise<void> {
  const b = await g.atlasBoss;
  g.atlasBoss = undefined;
  g.atlasWorkers = false;
  await b?.stop({ graceful: true, wait: true, timeout: 20_000 });
}

/**
 * The queue's state for the admin: jobs per queue and state (created/retry = waiting, active, failed) and the
 * last recorded digest. Reads pgboss.job directly (no running worker needed); null counts when the schema does
 * not exist yet.
 */
export async function queueState(): Promise<{ installed: boolean; waiting: number; active: number; failed: number; lastDigestAt: Date | null }> {
  const [probe] = await db().$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.job') IS NOT NULL AS installed`;
  const installed = probe?.installed ?? false;
  const last = await db().alertDigest.findFirst({ orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (!installed) return { installed, waiting: 0, active: 0, failed: 0, lastDigestAt: last?.createdAt ?? null };
  const rows = await db().$queryRaw<{ state: string; count: number }[]>`
    SELECT state::text AS state, count(*)::int AS count FROM pgboss.job WHERE name LIKE 'alert%' GROUP BY 1`;
  const n = (...states: string[]) => rows.filter((r) => states.includes(r.state)).reduce((s, r) => s + r.count, 0);
  return { installed, waiting: n("created", "retry"), active: n("active"), failed: n("failed"), lastDigestAt: last?.createdAt ?? null };
}
