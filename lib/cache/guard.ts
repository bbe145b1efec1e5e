import "server-only";
import { isDatabaseUnreachable, markDatabaseDown } from "@/lib/health/availability";

/*
 * Errors across the "use cache" boundary. A cached function's error is never stored (Next discards an entry whose
 * render failed), but it reaches the caller re-encoded, and in production without its code or message; the
 * caller could then no longer tell a lost database (503, lib/http/with-database.ts) from a bug (500). So the
 * cached side records a lost database before rethrowing (insideCache), and the calling side turns the re-encoded
 * error back into a recognisable one (outsideCache).
 */

const state = globalThis as unknown as { atlasCacheDbLostAt?: number };

/** How long (ms) after a cached read lost the database an opaque error from the cache is taken to be that loss. */
const LOST_WINDOW_MS = 5_000;

/** A database loss seen inside a cached read. `code` is Prisma's "can't reach database server", which isDatabaseUnreachable knows. */
export class CachedReadUnreachable extends Error {
  readonly code = "P1001";
  constructor(cause: unknown) {
    super("database unreachable during a cached read", { cause });
  }
}

/** Runs a read inside a cached function: a lost database is recorded (and told to the proxy) before the error leaves. */
export async function insideCache<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (isDatabaseUnreachable(err)) {
      state.atlasCacheDbLostAt = Date.now();
      markDatabaseDown();
    }
    throw err;
  }
}

/** Calls a cached function: an error it threw because the database was lost comes out as CachedReadUnreachable. */
export async function outsideCache<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (!isDatabaseUnreachable(err) && Date.now() - (state.atlasCacheDbLostAt ?? 0) < LOST_WINDOW_MS) {
      throw new CachedReadUnreachable(err);
    }
    throw err;
  }
}
