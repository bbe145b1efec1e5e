import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HORIZON_VALUES, type HorizonValue, type RoleQuery, TIER_VALUES, type TierValue } from "./query";
import { containsPattern } from "./search";
import type { RoleDetail, RoleFacets, RoleListItem, RoleListResult } from "./types";

/*
 * Server-only reads of the public catalogue (table `roles`, status 'published'). Callers pass a RoleQuery
 * already parsed by parseRoleQuery. Database errors propagate (the caller's error boundary shows them); they are
 * never turned into empty results.
 */

const sqlTier = Prisma.sql`COALESCE(tier::text, 'unspecified')`;
const sqlHorizon = Prisma.sql`COALESCE(horizon::text, 'unspecified')`;

/** `column IN (values)` where "unspecified" means NULL; TRUE when nothing is selected. */
function facetCondition(column: "tier" | "horizon", selected: readonly string[]): Prisma.Sql {
  if (selected.length === 0) return Prisma.sql`TRUE`;
  const col = Prisma.raw(`"${column}"`);
  const enumType = Prisma.raw(column === "tier" ? "skill_tier" : "emergence_horizon");
  const values = selected.filter((v) => v !== "unspecified");
  const parts: Prisma.Sql[] = [];
  if (values.length) parts.push(Prisma.sql`${col} = ANY(${values}::${enumType}[])`);
  if (values.length < selected.length) parts.push(Prisma.sql`${col} IS NULL`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** Published roles whose names or summaries contain the keyword, case-insensitively and literally. */
function keywordCondition(q: string): Prisma.Sql {
  if (!q) return Prisma.sql`TRUE`;
  const pattern = containsPattern(q);
  return Prisma.sql`(title_en ILIKE ${pattern} ESCAPE '\\' OR title_zh ILIKE ${pattern} ESCAPE '\\'
    OR summary_en ILIKE ${pattern} ESCAPE '\\' OR summary_zh ILIKE ${pattern} ESCAPE '\\')`;
}

function orderBy(sort: RoleQuery["sort"]): Prisma.Sql {
  // slug is unique, so every order is total and pages never overlap.
  return sort === "newest"
    ? Prisma.sql`published_at DESC, slug ASC`
    : Prisma.sql`title_en ASC, slug ASC`;
}

/** Workflow states as stored (enum role_status). */
export type RoleStatusValue = "draft" | "review" | "published" | "archived";

/**
 * Which rows a list covers: live (not soft-deleted) roles in `statuses`, plus every soft-deleted role when
 * `deleted` is true. Public reads use `{ statuses: ["published"] }`, so deleted roles are never public.
 */
export interface RoleScope {
  statuses: readonly RoleStatusValue[];
  deleted?: boolean;
}

function scopeCondition({ statuses, deleted = false }: RoleScope): Prisma.Sql {
  if (statuses.length === 0 && !deleted) throw new Error("listRoles: at least one status is required");
  const live = statuses.length
    ? Prisma.sql`(deleted_at IS NULL AND status = ANY(${[...statuses]}::role_status[]))`
    : Prisma.sql`FALSE`;
  return deleted ? Prisma.sql`(${live} OR deleted_at IS NOT NULL)` : live;
}

/**
 * One page of published roles matching `query`, the total across pages, and facet counts: `listRoles` limited
 * to status "published". The browse page, `GET /api/roles` and the feeds call this.
 */
export function listPublishedRoles(query: RoleQuery): Promise<RoleListResult> {
  return listRoles(query, { statuses: ["published"] });
}

/**
 * One page of roles in the given scope (workflow states, soft-deleted or not) matching `query`, the total across pages, and facet counts.
 * Each facet value counts the roles it would give with the other active filters applied (the tier counts use
 * the horizon filter and keyword but not the tier filter, and vice versa). Two round trips, run concurrently.
 * A page past the end gives `items: []` with the real `total`.
 */
export async function listRoles(query: RoleQuery, scope: RoleScope): Promise<RoleListResult> {
  const base = Prisma.sql`${scopeCondition(scope)} AND ${keywordCondition(query.q)}`;
  const tierCond = facetCondition("tier", query.tier);
  const horizonCond = facetCondition("horizon", query.horizon);
  const offset = (query.page - 1) * query.pageSize;

  const [rows, facetRows] = await Promise.all([
    db().$queryRaw<RoleListItem[]>`
      SELECT slug, title_en AS "titleEn", title_zh AS "titleZh", ${sqlTier} AS tier, ${sqlHorizon} AS horizon,
             summary_en AS "summaryEn", summary_zh AS "summaryZh"
      FROM roles
      WHERE ${base} AND ${tierCond} AND ${horizonCond}
      ORDER BY ${orderBy(query.sort)}
      LIMIT ${query.pageSize} OFFSET ${offset}`,
    db().$queryRaw<{ facet: "tier" | "horizon"; value: string; count: number }[]>`
      WITH matching AS (SELECT tier, horizon FROM roles WHERE ${base})
      SELECT 'tier' AS facet, ${sqlTier} AS value, count(*)::int AS count
        FROM matching WHERE ${horizonCond} GROUP BY 2
      UNION ALL
      SELECT 'horizon' AS facet, ${sqlHorizon} AS value, count(*)::int AS count
        FROM matching WHERE ${tierCond} GROUP BY 2`,
  ]);

  const facets: RoleFacets = {
    tier: Object.fromEntries(TIER_VALUES.map((v) => [v, 0])) as Record<TierValue, number>,
    horizon: Object.fromEntries(HORIZON_VALUES.map((v) => [v, 0])) as Record<HorizonValue, number>,
  };
  for (const r of facetRows) {
    if (r.facet === "tier") facets.tier[r.value as TierValue] = r.count;
    else facets.horizon[r.value as HorizonValue] = r.count;
  }
  // The tier counts already apply every filter but the tier one: summing the selected tiers gives the total.
  const tiers: readonly TierValue[] = query.tier.length ? query.tier : TIER_VALUES;
  const total = tiers.reduce((sum, t) => sum + facets.tier[t], 0);

  return { items: rows, total, page: query.page, pageSize: query.pageSize, facets };
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The published role with this slug, or null when there is none (also for any string that cannot be a slug).
 */
export async function getPublishedRole(slug: string): Promise<RoleDetail | null> {
  if (slug.length > 120 || !SLUG_PATTERN.test(slug)) return null;
  const rows = await db().$queryRaw<(Omit<RoleDetail, "publishedAt" | "updatedAt"> & { publishedAt: Date | null; updatedAt: Date })[]>`
    SELECT slug, title_en AS "titleEn", title_zh AS "titleZh", ${sqlTier} AS tier, ${sqlHorizon} AS horizon,
           summary_en AS "summaryEn", summary_zh AS "summaryZh",
           description_en AS "descriptionEn", description_zh AS "descriptionZh",
           content_origin::text AS "contentOrigin", source_name AS "sourceName",
           published_at AS "publishedAt", updated_at AS "updatedAt"
    FROM roles WHERE slug = ${slug} AND status = 'published' AND deleted_at IS NULL`;
  const row = rows[0];
  if (!row) return null;
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() };
}
