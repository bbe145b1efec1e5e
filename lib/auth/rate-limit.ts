import "server-only";
import pg from "pg";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";

/*
 * Failed sign-ins are counted per account (email) and per client address in Postgres (table auth_rate_limits,
 * created by the migrations, rate-limiter-flexible's own layout), so the limit holds across app instances and
 * restarts. Only failures count; a successful sign-in clears the account's counter.
 */

/** Failures allowed per email within WINDOW_SECONDS; then sign-in for it is refused until the window ends. */
export const EMAIL_FAILURES = 5;
/** Failures allowed per client address (many accounts from one place) within the window. */
export const ADDRESS_FAILURES = 20;
export const WINDOW_SECONDS = 15 * 60;

interface Limiters {
  email: RateLimiterPostgres;
  address: RateLimiterPostgres;
}

const g = globalThis as unknown as { atlasSignInLimiters?: Limiters };

function limiters(): Limiters {
  if (!g.atlasSignInLimiters) {
    const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2, connectionTimeoutMillis: 10_000 });
    // The library names its prepared statements; the embedded PGlite serves every connection from one session, where
    // a second connection preparing the same name fails. Unnamed statements work everywhere.
    const storeClient = { query: (q: { text: string; values?: unknown[] }) => pool.query({ text: q.text, values: q.values }) };
    const common = { storeClient, storeType: "pool", tableName: "auth_rate_limits", tableCreated: true, duration: WINDOW_SECONDS, clearExpiredByTimeout: false };
    g.atlasSignInLimiters = {
      email: new RateLimiterPostgres({ ...common, keyPrefix: "signin-email", points: EMAIL_FAILURES }),
      address: new RateLimiterPostgres({ ...common, keyPrefix: "signin-addr", points: ADDRESS_FAILURES }),
    };
  }
  return g.atlasSignInLimiters;
}

/** Seconds until sign-in may be tried again for this email or address; 0 when it may be tried now. */
export async function signInRetryAfter(email: string, address: string): Promise<number> {
  const { email: byEmail, address: byAddress } = limiters();
  const [e, a] = await Promise.all([byEmail.get(email), byAddress.get(address)]);
  const blockedFor = (res: RateLimiterRes | null, limit: number) =>
    res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
  return Math.max(blockedFor(e, EMAIL_FAILURES), blockedFor(a, ADDRESS_FAILURES));
}

/** Counts one failed sign-in against the email and the address. Never throws for "limit reached". */
export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const { email: byEmail, address: byAddress } = limiters();
  await Promise.all([byEmail.penalty(email, 1), byAddress.penalty(address, 1)]);
}

/** Clears the email's failure count after a successful sign-in. */
export async function clearSignInFailures(email: string): Promise<void> {
  await limiters().email.delete(email);
}
