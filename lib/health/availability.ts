import { checkDatabase } from "./checks";

/*
 * Whether the database answers, as the proxy sees it (proxy.ts: "database down → 503"). One probe at a time,
 * shared by every request that arrives while it runs; a result is reused for UP_TTL_MS when up and DOWN_TTL_MS
 * when down, so a healthy app pays one `SELECT 1` per second at most and an outage is noticed, and recovery
 * seen, within a second without restarting anything.
 */

/** How long (ms) an "up" answer is believed. A request in this window after the database drops still tries it. */
export const UP_TTL_MS = 1_000;
/** How long (ms) a "down" answer is believed before the next probe. */
export const DOWN_TTL_MS = 250;

const state = globalThis as unknown as {
  atlasDbAvailability?: { up: boolean; checkedAt: number; inflight?: Promise<boolean> };
};

/**
 * True when the database answered its last probe (probing when the last answer is too old). Never throws. Without
 * DATABASE_URL there is nothing to probe: true, and lib/env.ts reports the missing configuration itself.
 */
export async function databaseAvailable(): Promise<boolean> {
  if (!process.env.DATABASE_URL) return true;
  const now = Date.now();
  const known = state.atlasDbAvailability;
  if (known && !known.inflight && now - known.checkedAt < (known.up ? UP_TTL_MS : DOWN_TTL_MS)) return known.up;
  if (known?.inflight) return known.inflight;
  const inflight = checkDatabase().then((s) => {
    state.atlasDbAvailability = { up: s.status === "up", checkedAt: Date.now() };
    return s.status === "up";
  });
  state.atlasDbAvailability = { up: known?.up ?? true, checkedAt: known?.checkedAt ?? 0, inflight };
  return inflight;
}

/** Records that a query just failed for want of a connection, so the next requests get 503 without waiting for a probe. */
export function markDatabaseDown(): void {
  state.atlasDbAvailability = { up: false, checkedAt: Date.now() };
}

/**
 * True when `err` (or its cause chain) is a failure to reach the database rather than a bad query: refused,
 * reset, timed out, host unknown, the server shutting down (57P01..57P03), or Prisma's P1001/P1002/P1017.
 */
export function isDatabaseUnreachable(err: unknown): boolean {
  const codes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "EPIPE", "57P01", "57P02", "57P03", "P1001", "P1002", "P1017"]);
  const messages = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database server|Server has closed the connection/i;
  let current: unknown = err;
  for (let depth = 0; current && depth < 6; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
    if (typeof e.code === "string" && codes.has(e.code)) return true;
    if (typeof e.originalCode === "string" && codes.has(e.originalCode)) return true;
    if (typeof e.message === "string" && messages.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
