import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { insideCache, outsideCache } from "@/lib/cache/guard";
import { OPENING_DETAILS_TAG, OPENINGS_LIFE, OPENINGS_TAG, openingLife, openingTag, ROLE_DETAILS_TAG, roleTag } from "@/lib/cache/policy";
import type { HorizonValue, TierValue } from "@/lib/roles/constants";
import * as data from "./data";
import type { OpeningQuery } from "./query";
import * as stats from "./stats";
import type { MonthCount, PayFigure, RoleOpeningsSummary } from "./stats";
import type { OpeningDetail, OpeningListItem, OpeningListResult } from "./types";

/*
 * The public pages', API's and feeds' reads of openings, cached: each answers as its namesake in ./data.ts or
 * ./stats.ts at the real time (they take `now` for tests; here the clock is read when an entry is filled, so the
 * time is not part of the key). Entries are tagged `openings` (lists, figures) or `opening:<slug>` + the
 * opening's `role:<slug>` (its page), and live briefly, because an opening also stops being public when its
 * `expires_at` passes without anyone dropping a tag (lib/cache/policy.ts: OPENINGS_LIFE, openingLife). Errors
 * are never cached (lib/cache/guard.ts).
 */

/** Tag and lifetime of every list and figure of openings. */
function listEntry(): void {
  cacheTag(OPENINGS_TAG);
  cacheLife(OPENINGS_LIFE);
}

async function cachedList(query: OpeningQuery, correct: boolean): Promise<OpeningListResult> {
  "use cache";
  listEntry();
  return insideCache(() => data.listCurrentOpenings(query, new Date(), { correct }));
}

/** listCurrentOpenings (./data.ts) now, cached; tag `openings`. */
export function listCurrentOpenings(query: OpeningQuery, { correct = false }: { correct?: boolean } = {}): Promise<OpeningListResult> {
  return outsideCache(() => cachedList(query, correct));
}

async function cachedOpening(slug: string): Promise<OpeningDetail | null> {
  "use cache";
  cacheTag(openingTag(slug), OPENING_DETAILS_TAG);
  const opening = await insideCache(() => data.getPublishedOpening(slug));
  // Its page shows its role, so a role change drops it too (by slug, or all details for a large role import).
  if (opening) cacheTag(roleTag(opening.role.slug), ROLE_DETAILS_TAG);
  // A current opening's entry ends when it expires, so its page says "expired" from that moment.
  cacheLife(opening && !opening.expired ? openingLife(opening.expiresAt) : OPENINGS_LIFE);
  return opening;
}

/** getPublishedOpening (./data.ts) now, cached; tags `opening:<slug>` and its role's `role:<slug>`. Deduplicated per request. */
export const getPublishedOpening = cache((slug: string): Promise<OpeningDetail | null> => outsideCache(() => cachedOpening(slug)));

async function cachedRoleOpenings(roleSlug: string, limit: number, exceptSlug: string): Promise<OpeningListItem[]> {
  "use cache";
  listEntry();
  return insideCache(() => data.listRoleOpenings(roleSlug, limit, exceptSlug));
}

/** listRoleOpenings (./data.ts) now, cached; tag `openings`. */
export function listRoleOpenings(roleSlug: string, limit: number, exceptSlug = ""): Promise<OpeningListItem[]> {
  return outsideCache(() => cachedRoleOpenings(roleSlug, limit, exceptSlug));
}

/** listSimilarOpenings (./data.ts) now, cached; tag `openings`. */
export function listSimilarOpenings(opening: Pick<OpeningListItem, "slug" | "role">, limit = 4): Promise<OpeningListItem[]> {
  return listRoleOpenings(opening.role.slug, limit, opening.slug);
}

async function cachedStamps(): Promise<{ slug: string; updatedAt: string }[]> {
  "use cache";
  listEntry();
  return insideCache(() => data.listCurrentOpeningStamps());
}

/** listCurrentOpeningStamps (./data.ts) now, cached; tag `openings`. */
export function listCurrentOpeningStamps(): Promise<{ slug: string; updatedAt: string }[]> {
  return outsideCache(cachedStamps);
}

async function cachedSummary(roleSlug: string): Promise<RoleOpeningsSummary> {
  "use cache";
  listEntry();
  return insideCache(() => stats.getRoleOpeningsSummary(roleSlug));
}

/** getRoleOpeningsSummary (./stats.ts) now, cached; tag `openings`. Deduplicated per request. */
export const getRoleOpeningsSummary = cache((roleSlug: string): Promise<RoleOpeningsSummary> => outsideCache(() => cachedSummary(roleSlug)));

async function cachedCounts(slugs: readonly string[]): Promise<Map<string, number>> {
  "use cache";
  listEntry();
  return insideCache(() => stats.countCurrentOpeningsByRole(slugs));
}

/** countCurrentOpeningsByRole (./stats.ts) now, cached per list of slugs; tag `openings`. */
export function countCurrentOpeningsByRole(slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return Promise.resolve(new Map());
  return outsideCache(() => cachedCounts([...slugs]));
}

async function cachedTotal(): Promise<number> {
  "use cache";
  listEntry();
  return insideCache(() => stats.getCurrentOpeningsTotal());
}

/** getCurrentOpeningsTotal (./stats.ts) now, cached; tag `openings`. */
export function getCurrentOpeningsTotal(): Promise<number> {
  return outsideCache(cachedTotal);
}

async function cachedMatrix(): Promise<{ tier: TierValue; horizon: HorizonValue; count: number }[]> {
  "use cache";
  listEntry();
  return insideCache(() => stats.getOpeningsMatrix());
}

/** getOpeningsMatrix (./stats.ts) now, cached; tag `openings`. */
export function getOpeningsMatrix(): Promise<{ tier: TierValue; horizon: HorizonValue; count: number }[]> {
  return outsideCache(cachedMatrix);
}

async function cachedPay(): Promise<(PayFigure & { tier: TierValue })[]> {
  "use cache";
  listEntry();
  return insideCache(() => stats.getPayByTier());
}

/** getPayByTier (./stats.ts) now, cached; tag `openings`. */
export function getPayByTier(): Promise<(PayFigure & { tier: TierValue })[]> {
  return outsideCache(cachedPay);
}

async function cachedMonthly(): Promise<{ horizon: HorizonValue; monthly: MonthCount[] }[]> {
  "use cache";
  listEntry();
  return insideCache(() => stats.getMonthlyByHorizon());
}

/** getMonthlyByHorizon (./stats.ts) now, cached; tag `openings`. */
export function getMonthlyByHorizon(): Promise<{ horizon: HorizonValue; monthly: MonthCount[] }[]> {
  return outsideCache(cachedMonthly);
}
