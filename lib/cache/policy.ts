import "server-only";
import { revalidateTag } from "next/cache";

/*
 * The public read cache's tags and lifetimes (one place, so a reader and the mutations that drop it agree).
 * Entries are Next's "use cache" entries (lib/roles/cached.ts, lib/openings/cached.ts), stored by the handler
 * in lib/cache/handler.mjs: in process memory, or in Redis when REDIS_URL is set (shared by every instance).
 *
 * Tags:
 * - `roles`: every read that lists or aggregates roles (browse list and API, feeds, related roles, the insights
 *   matrix, the axes page, the sitemap's role stamps).
 * - `role:<slug>`: one role's detail (page, API, compare), including the "no such role" answer for that slug.
 * - `openings`: every read that lists or aggregates openings (jobs list and API, feeds, counts on role cards, a
 *   role page's openings and figures, insights, the sitemap's opening stamps). Openings lists also depend on their
 *   roles (titles, tier, and only published roles' openings are public), so a role change drops `openings` too.
 * - `opening:<slug>`: one opening's detail, also tagged `role:<its role's slug>`.
 * - `role-details` / `opening-details`: every role's / opening's detail, for a change touching more than
 *   MAX_SLUG_TAGS slugs at once (a large import), which drops them all instead of naming each.
 */

export const ROLES_TAG = "roles";
export const OPENINGS_TAG = "openings";
export const roleTag = (slug: string) => `role:${slug}`;
export const openingTag = (slug: string) => `opening:${slug}`;
export const ROLE_DETAILS_TAG = "role-details";
export const OPENING_DETAILS_TAG = "opening-details";

/** Above this many slugs, a change drops every detail entry of its kind rather than one tag per slug. */
export const MAX_SLUG_TAGS = 100;

/** The tags that drop the details of these roles (`role:<slug>` each, or `role-details` for many). */
export function roleDetailTags(slugs: readonly string[]): string[] {
  const unique = [...new Set(slugs.filter(Boolean))];
  return unique.length > MAX_SLUG_TAGS ? [ROLE_DETAILS_TAG] : unique.map(roleTag);
}

/** The tags that drop the details of these openings (`opening:<slug>` each, or `opening-details` for many). */
export function openingDetailTags(slugs: readonly string[]): string[] {
  const unique = [...new Set(slugs.filter(Boolean))];
  return unique.length > MAX_SLUG_TAGS ? [OPENING_DETAILS_TAG] : unique.map(openingTag);
}

/**
 * Lifetime of role reads (seconds, cacheLife's fields). Roles change only through staff actions and imports,
 * which drop their tags, so the lifetime only bounds what a change made behind the app's back (a seed, SQL by
 * hand) leaves visible: an hour at most.
 */
export const CATALOGUE_LIFE = { stale: 60, revalidate: 900, expire: 3600 } as const;

/**
 * Lifetime of opening reads (seconds). An opening also leaves the public lists when its `expires_at` passes, with
 * no staff action to drop a tag, so lists and figures live briefly: after 30 s the next read refreshes it in the
 * background, after 60 s it is not served at all. An expired opening therefore stays on a list at most 60 s.
 * An opening's own page computes its lifetime from its expiry (openingLife).
 */
export const OPENINGS_LIFE = { stale: 30, revalidate: 30, expire: 60 } as const;

/**
 * The lifetime of one opening's detail: OPENINGS_LIFE's, cut to the seconds left until it expires (its page
 * shows "expired" from then on), at least 1 s.
 */
export function openingLife(expiresAt: string, now = Date.now()): { stale: number; revalidate: number; expire: number } {
  const left = Math.max(1, Math.floor((Date.parse(expiresAt) - now) / 1000));
  if (left >= OPENINGS_LIFE.expire) return { ...OPENINGS_LIFE };
  return { stale: Math.min(OPENINGS_LIFE.stale, left), revalidate: left, expire: left };
}

/**
 * Expires the given tags at once, on every instance sharing the cache: the next read after the calling action's
 * or route handler's response recomputes them (no stale-while-revalidate: `expire: 0`). Works in server actions
 * and route handlers alike (updateTag would refuse route handlers). Call after the change committed.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) revalidateTag(tag, { expire: 0 });
}
