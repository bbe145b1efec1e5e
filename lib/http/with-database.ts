import { isDatabaseUnreachable, markDatabaseDown } from "@/lib/health/availability";
import { unavailableResponse } from "./unavailable";

/**
 * Wraps a public route handler (API, feeds, sitemap) so that losing the database mid-request answers 503 JSON
 * with Retry-After (lib/http/unavailable.ts) instead of Next's empty 500. proxy.ts already answers 503 once an
 * outage is known; this covers requests that passed it just before the database went away, and tells the proxy
 * at once (markDatabaseDown). The error is logged once, with its stack (console.error → the server's JSON log).
 * Any other error is rethrown unchanged.
 */
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Response | Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (err) {
      if (!isDatabaseUnreachable(err)) throw err;
      markDatabaseDown();
      console.error("database unreachable; answered 503", err);
      return unavailableResponse("/api");
    }
  };
}
