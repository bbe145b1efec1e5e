import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { z } from "zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { AppLocale } from "@/lib/i18n/routing";
import type { QueryIssue } from "@/lib/query/params";
import { emailSchema } from "./email";
import { type AlertQuery, alertSearchString, parseAlertSearch } from "./query";
import { enqueueConfirmation } from "./queue";
import { verifyToken } from "./tokens";

/*
 * Subscribing, confirming and managing alerts. No account: the confirm token names the alert, the manage token the
 * address. Subscribing answers the same whether or not the address already has alerts, is suppressed or is at its
 * cap; the difference is only whether a confirmation mail is queued. Addresses are never logged.
 */

/** Alerts one address may hold (pending, active or paused). */
export const MAX_ALERTS_PER_ADDRESS = 10;
/** Subscribe requests per address, and per client address (IP), per hour. */
export const SUBSCRIBES_PER_EMAIL = 5;
export const SUBSCRIBES_PER_IP = 20;
const WINDOW_SECONDS = 3600;

export const FREQUENCIES = ["daily", "weekly"] as const;
const frequencySchema = z.enum(FREQUENCIES, { error: "frequency" });

const g = globalThis as unknown as { atlasAlertLimiters?: { email: RateLimiterPostgres; ip: RateLimiterPostgres } };

function limiters() {
  if (!g.atlasAlertLimiters) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2, connectionTimeoutMillis: 10_000 });
    // Unnamed statements, as for sign-in (lib/auth/rate-limit.ts): PGlite serves all connections from one session.
    const storeClient = { query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }) };
    const common = { storeClient, storeType: "pool", tableName: "auth_rate_limits", tableCreated: true, duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
    g.atlasAlertLimiters = {
      email: new RateLimiterPostgres({ ...common, keyPrefix: "alert-email", points: SUBSCRIBES_PER_EMAIL }),
      ip: new RateLimiterPostgres({ ...common, keyPrefix: "alert-ip", points: SUBSCRIBES_PER_IP }),
    };
  }
  return g.atlasAlertLimiters;
}

/** Counts one request; output: seconds until allowed again (0 = allowed now). */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<number> {
  try {
    await limiter.consume(key, 1);
    return 0;
  } catch (res) {
    if (res instanceof Error) throw res;
    return Math.max(1, Math.ceil((res as { msBeforeNext: number }).msBeforeNext / 1000));
  }
}

export type SubscribeInput = { email: unknown; frequency: unknown; search: unknown; locale: AppLocale; ip: string };
export type SubscribeResult =
  | { ok: true }
  | { ok: false; errors: { email?: true; frequency?: true; search?: QueryIssue[] } }
  | { ok: false; rateLimited: number };

/**
 * A subscribe request from the jobs page's form. Input: the form's email, frequency ("daily" | "weekly") and search
 * (the jobs page's query string, parsed by the jobs contract), the page's locale and the client's IP. Output: ok
 * (the same whether or not a mail is queued), the invalid fields (nothing stored), or seconds to wait when rate
 * limited. A new alert is stored pending and its confirmation mail queued; an existing pending one for the same
 * search gets its mail again; an active or paused one, a suppressed address or one at MAX_ALERTS_PER_ADDRESS gets
 * nothing. Throws on database errors.
 */
export async function subscribe(input: SubscribeInput): Promise<SubscribeResult> {
  const email = emailSchema.safeParse(input.email);
  const frequency = frequencySchema.safeParse(input.frequency);
  const search = typeof input.search === "string" && input.search.length <= 4000 ? parseAlertSearch(input.search) : null;
  if (!email.success || !frequency.success || !search?.ok) {
    return {
      ok: false,
      errors: {
        ...(email.success ? {} : { email: true as const }),
        ...(frequency.success ? {} : { frequency: true as const }),
        ...(search?.ok ? {} : { search: search?.issues ?? [{ parameter: "search", message: "search is not valid" }] }),
      },
    };
  }
  const { email: byEmail, ip: byIp } = limiters();
  const wait = Math.max(await consume(byIp, input.ip), await consume(byEmail, email.data));
  if (wait > 0) return { ok: false, rateLimited: wait };

  const alertId = await storePending(email.data, frequency.data, search.query, input.locale);
  if (alertId) {
    // Queued after the commit; should queuing fail, the alert waits unconfirmed and a repeat request queues it again.
    await enqueueConfirmation(alertId).catch((err: Error) => console.error(`[alerts] could not queue a confirmation: ${err.message}`));
  }
  return { ok: true };
}

/** Stores (or finds) the pending alert; output: the id whose confirmation to send, or null for "send nothing". */
async function storePending(email: string, frequency: (typeof FREQUENCIES)[number], query: AlertQuery, locale: AppLocale): Promise<string | null> {
  return db().$transaction(async (tx) => {
    // Serialises requests for one address, so two at once cannot both pass the cap.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`alert:${email}`}, 0))`;
    if (await tx.mailSuppression.findUnique({ where: { email } })) return null;
    const held = await tx.alertSubscription.findMany({ where: { email, status: { not: "UNSUBSCRIBED" } }, select: { id: true, status: true, query: true } });
    // jsonb reorders keys: compare the searches in the contract's canonical URL form.
    const wanted = alertSearchString(query);
    const same = held.find((a) => alertSearchString(a.query) === wanted);
    if (same) return same.status === "PENDING" ? same.id : null;
    if (held.length >= MAX_ALERTS_PER_ADDRESS) return null;
    const created = await tx.alertSubscription.create({
      data: { email, frequency: frequency === "daily" ? "DAILY" : "WEEKLY", query: query as object, locale },
      select: { id: true },
    });
    return created.id;
  });
}

export type ConfirmResult = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" | "used" };

/**
 * Confirms the alert a confirm token names (the double opt-in). Output: ok with the address (for the manage link),
 * or why not: invalid/expired token, or "used" when the alert is no longer pending (a replay, or deleted), which
 * changes nothing. The watermark starts at the confirmation: only openings published after it are new.
 */
export async function confirmAlert(token: unknown, now: Date = new Date()): Promise<ConfirmResult> {
  const check = verifyToken("confirm", token, now.getTime());
  if (!check.ok) return { ok: false, reason: check.reason };
  if (!z.uuid().safeParse(check.subject).success) return { ok: false, reason: "invalid" };
  const { count } = await db().alertSubscription.updateMany({
    where: { id: check.subject, status: "PENDING" },
    data: { status: "ACTIVE", confirmedAt: now, watermark: now },
  });
  if (count === 0) return { ok: false, reason: "used" };
  const alert = await db().alertSubscription.findUniqueOrThrow({ where: { id: check.subject }, select: { email: true } });
  return { ok: true, email: alert.email };
}

/** The pending alert a confirm token names, for the confirm page; null when the token or alert is not valid. */
export async function pendingAlertForToken(token: unknown, now: Date = new Date()) {
  const check = verifyToken("confirm", token, now.getTime());
  if (!check.ok) return { ok: false as const, reason: check.reason };
  if (!z.uuid().safeParse(check.subject).success) return { ok: false as const, reason: "invalid" as const };
  const alert = await db().alertSubscription.findUnique({ where: { id: check.subject } });
  if (!alert || alert.status !== "PENDING") return { ok: false as const, reason: "used" as const };
  return { ok: true as const, alert };
}

/** The address a manage token names, or null. */
export function manageTokenEmail(token: unknown, now: Date = new Date()): string | null {
  const check = verifyToken("manage", token, now.getTime());
  return check.ok ? check.subject : null;
}

/** The alerts of an address, newest first, for the manage page. */
export function alertsOf(email: string) {
  return db().alertSubscription.findMany({
    where: { email },
    orderBy: { createdAt: "desc" },
    select: { id: true, status: true, frequency: true, query: true, createdAt: true, confirmedAt: true },
  });
}

export type ManageChange = { intent: "pause" | "resume" | "delete" } | { intent: "frequency"; frequency: unknown } | { intent: "unsubscribe-all" };
export type ManageResult = { ok: true; done: "updated" | "deleted" | "unsubscribedAll" } | { ok: false; error: "frequency" | "unknown" };

/**
 * A change on the manage page by the holder of the address's manage token. Pause/resume/frequency/delete act on
 * one alert of that address (another address's alert is "unknown"); unsubscribe-all marks every alert unsubscribed
 * and suppresses the address. Output: what was done, or why nothing was. An unknown frequency stores nothing.
 */
export async function manageAlert(email: string, alertId: unknown, change: ManageChange): Promise<ManageResult> {
  if (change.intent === "unsubscribe-all") {
    await db().$transaction([
      db().alertSubscription.updateMany({ where: { email }, data: { status: "UNSUBSCRIBED" } }),
      db().mailSuppression.upsert({ where: { email }, create: { email, reason: "unsubscribed" }, update: {} }),
    ]);
    return { ok: true, done: "unsubscribedAll" };
  }
  if (typeof alertId !== "string" || !z.uuid().safeParse(alertId).success) return { ok: false, error: "unknown" };
  const where = { id: alertId, email };
  if (change.intent === "delete") {
    const { count } = await db().alertSubscription.deleteMany({ where });
    return count ? { ok: true, done: "deleted" } : { ok: false, error: "unknown" };
  }
  if (change.intent === "frequency") {
    const f = frequencySchema.safeParse(change.frequency);
    if (!f.success) return { ok: false, error: "frequency" };
    const { count } = await db().alertSubscription.updateMany({ where, data: { frequency: f.data === "daily" ? "DAILY" : "WEEKLY" } });
    return count ? { ok: true, done: "updated" } : { ok: false, error: "unknown" };
  }
  const { count } = await db().alertSubscription.updateMany({
    where: { ...where, status: change.intent === "pause" ? "ACTIVE" : "PAUSED" },
    data: { status: change.intent === "pause" ? "PAUSED" : "ACTIVE" },
  });
  if (count) return { ok: true, done: "updated" };
  return (await db().alertSubscription.count({ where })) ? { ok: true, done: "updated" } : { ok: false, error: "unknown" };
}

/**
 * The one-click unsubscribe (RFC 8058 POST, or the unsubscribe page): marks the alert the token names
 * unsubscribed. Output: false for an invalid or expired token.
 */
export async function unsubscribeByToken(token: unknown, now: Date = new Date()): Promise<boolean> {
  const check = verifyToken("unsubscribe", token, now.getTime());
  if (!check.ok || !z.uuid().safeParse(check.subject).success) return false;
  await db().alertSubscription.updateMany({ where: { id: check.subject }, data: { status: "UNSUBSCRIBED" } });
  return true;
}
