import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cache } from "react";
import { outsideCache, insideCache } from "@/lib/cache/guard";
import { CATALOGUE_LIFE, ROLE_DETAILS_TAG, ROLES_TAG, roleTag } from "@/lib/cache/policy";
import * as data from "./data";
import type { RoleQuery } from "./query";
import type { AxesRole, MatrixCell } from "./data";
import type { RoleDetail, RoleListItem, RoleListResult, RoleStamp } from "./types";

/*
 * The public pages', API's and feeds' reads of roles, cached: each function answers exactly as its namesake in
 * ./data.ts (which holds the queries, and which the admin and the tests call directly), from a "use cache" entry
 * keyed by the function and its arguments — the parsed query, which carries the locale's title order — and
 * tagged so staff changes drop it (lib/cache/policy.ts: tags, lifetimes; lib/roles/admin/revalidate.ts: who drops
 * what). Errors are never cached (lib/cache/guard.ts).
 */

async function cachedList(query: RoleQuery, correct: boolean): Promise<RoleListResult> {
  "use cache";
  cacheTag(ROLES_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.listPublishedRoles(query, { correct }));
}

/** listPublishedRoles (./data.ts), cached; tag `roles`. */
export function listPublishedRoles(query: RoleQuery, { correct = false }: { correct?: boolean } = {}): Promise<RoleListResult> {
  return outsideCache(() => cachedList(query, correct));
}

async function cachedRole(slug: string): Promise<RoleDetail | null> {
  "use cache";
  cacheTag(roleTag(slug), ROLE_DETAILS_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.getPublishedRole(slug));
}

/** getPublishedRole (./data.ts), cached; tag `role:<slug>` (a "no such role" answer too). Deduplicated per request. */
export const getPublishedRole = cache((slug: string): Promise<RoleDetail | null> => outsideCache(() => cachedRole(slug)));

/** getPublishedRolesBySlugs (./data.ts) through the cached getPublishedRole. */
export async function getPublishedRolesBySlugs(slugs: readonly string[]): Promise<RoleDetail[]> {
  const found = await Promise.all(slugs.map((s) => getPublishedRole(s)));
  return found.filter((r): r is RoleDetail => r !== null);
}

async function cachedRelated(role: Pick<RoleListItem, "slug" | "tier" | "horizon">, limit: number): Promise<RoleListItem[]> {
  "use cache";
  cacheTag(ROLES_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.listRelatedRoles(role, limit));
}

/** listRelatedRoles (./data.ts), cached; tag `roles`. Only the fields it reads go into the key. */
export function listRelatedRoles(role: Pick<RoleListItem, "slug" | "tier" | "horizon">, limit = 4): Promise<RoleListItem[]> {
  return outsideCache(() => cachedRelated({ slug: role.slug, tier: role.tier, horizon: role.horizon }, limit));
}

async function cachedStamps(): Promise<RoleStamp[]> {
  "use cache";
  cacheTag(ROLES_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.listPublishedRoleStamps());
}

/** listPublishedRoleStamps (./data.ts), cached; tag `roles`. */
export function listPublishedRoleStamps(): Promise<RoleStamp[]> {
  return outsideCache(cachedStamps);
}

async function cachedMatrix(perCell: number): Promise<MatrixCell[]> {
  "use cache";
  cacheTag(ROLES_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.getRoleMatrix(perCell));
}

/** getRoleMatrix (./data.ts), cached; tag `roles`. */
export function getRoleMatrix(perCell = 50): Promise<MatrixCell[]> {
  return outsideCache(() => cachedMatrix(perCell));
}

async function cachedAxes(): Promise<AxesRole[]> {
  "use cache";
  cacheTag(ROLES_TAG);
  cacheLife(CATALOGUE_LIFE);
  return insideCache(() => data.listAxesRoles());
}

/** listAxesRoles (./data.ts), cached; tag `roles`. */
export function listAxesRoles(): Promise<AxesRole[]> {
  return outsideCache(cachedAxes);
}
