import "server-only";
import { rolePublicSql } from "./visibility";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cursor } from "./cursor";
import { encodeCursor } from "./cursor";
import { HORIZON_VALUES, type HorizonValue, type RoleQuery, TIER_VALUES, type TierValue } from "./query";
import { keywordCondition, rankExpression, searchRead } from "@/lib/search/sql";
import { searchPlan } from "@/lib/search/segment";
import { withSpellingFallback } from "@/lib/search/spelling";
import type { RoleDetail, RoleFacets, RoleListItem, RoleListResult, RoleStamp } from "./types";

/*
 * Server-only reads of the catalogue (table `roles`). Callers pass a RoleQuery already parsed by
 * parseRoleQuery. Database errors propagate (the caller's error boundary shows them); they are never turned into
 * empty results. Every query here is served by an index at 100k roles (tests/integration/explain.test.ts).
 */

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
  // One status as an equality: with `= ANY(array)` Postgres 15 cannot read the index in order.
  const status =
    statuses.length === 1
      ? Prisma.sql`status = ${statuses[0]}::role_status`
      : Prisma.sql`status = ANY(${[...statuses]}::role_status[])`;
  const live = statuses.length ? Prisma.sql`(deleted_at IS NULL AND ${status})` : Prisma.sql`FALSE`;
  return deleted ? Prisma.sql`(${live} OR deleted_at IS NOT NULL)` : live;
}

const sqlTier = Prisma.sql`COALESCE(tier::text, 'unspecified')`;
const sqlHorizon = Prisma.sql`COALESCE(horizon::text, 'unspecified')`;
const listColumns = Prisma.sql`slug, title_en AS "titleEn", title_zh AS "titleZh", ${sqlTier} AS tier,
  ${sqlHorizon} AS horizon, summary_en AS "summaryEn", summary_zh AS "summaryZh"`;

/** `column IN (values)` where "unspecified" means NULL; TRUE when nothing is selected. */
function facetCondition(column: "tier" | "horizon", selected: readonly string[]): Prisma.Sql {
  if (selected.length === 0) return Prisma.sql`TRUE`;
  const col = Prisma.raw(`"${column}"`);
  const enumType = Prisma.raw(column === "tier" ? "skill_tier" : "emergence_horizon");
  const values = selected.filter((v) => v !== "unspecified");
  const parts: Prisma.Sql[] = [];
  // A single value as an equality: the list indexes can then be read in sort order.
  if (values.length === 1) parts.push(Prisma.sql`${col} = ${values[0]}::${enumType}`);
  else if (values.length) parts.push(Prisma.sql`${col} = ANY(${values}::${enumType}[])`);
  if (values.length < selected.length) parts.push(Prisma.sql`${col} IS NULL`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

interface SortPlan {
  /** The sort key columns, and NULL for the others, so a list index alone can answer the page query. */
  keys: Prisma.Sql;
  order: Prisma.Sql;
  /** The same order over the columns of the `page` CTE in listRolesSql. */
  pageOrder: Prisma.Sql;
  /** Rows after the cursor's position, in this order. */
  after: (c: Cursor) => Prisma.Sql;
  /** The cursor of a row of this page (needs the row's sort columns). */
  cursorOf: (row: SortRow, page: number) => Cursor;
}

interface SortRow {
  sortTitle: string;
  listedAt: Date;
  rank: number;
  slug: string;
}

/** Every order ends with the unique slug, so it is total: keyset pages never skip or repeat a role. */
function sortPlan(query: RoleQuery, rank: Prisma.Sql): SortPlan {
  switch (query.sort) {
    case "newest":
      return {
        keys: Prisma.sql`NULL::text AS "sortTitle", listed_at AS "listedAt", 0 AS rank`,
        order: Prisma.sql`listed_at DESC, slug DESC`,
        pageOrder: Prisma.sql`page."listedAt" DESC, page.slug DESC`,
        after: (c) => Prisma.sql`(listed_at, slug) < (${c.key[0]}::timestamptz, ${c.key[1]})`,
        cursorOf: (r, page) => ({ sort: "newest", key: [r.listedAt.toISOString(), r.slug], page }),
      };
    case "relevance":
      return {
        keys: Prisma.sql`sort_title AS "sortTitle", NULL::timestamptz AS "listedAt", ${rank} AS rank`,
        order: Prisma.sql`${rank}, sort_title, slug`,
        pageOrder: Prisma.sql`page.rank, page."sortTitle", page.slug`,
        after: (c) => Prisma.sql`(${rank}, sort_title, slug) > (${c.key[0]}::int, ${c.key[1]}, ${c.key[2]})`,
        cursorOf: (r, page) => ({ sort: "relevance", key: [r.rank, r.sortTitle, r.slug], page }),
      };
    default:
      // The Chinese pages: pinyin order, through the (status, [tier, horizon,] sort_key_zh, slug) indexes.
      if (query.titleOrder === "zh") {
        return {
          keys: Prisma.sql`sort_key_zh AS "sortTitle", NULL::timestamptz AS "listedAt", 0 AS rank`,
          order: Prisma.sql`sort_key_zh, slug`,
          pageOrder: Prisma.sql`page."sortTitle", page.slug`,
          after: (c) => Prisma.sql`(sort_key_zh, slug) > (${c.key[0]}, ${c.key[1]})`,
          cursorOf: (r, page) => ({ sort: "title", key: [r.sortTitle, r.slug], page, zh: true }),
        };
      }
      return {
        keys: Prisma.sql`sort_title AS "sortTitle", NULL::timestamptz AS "listedAt", 0 AS rank`,
        order: Prisma.sql`sort_title, slug`,
        pageOrder: Prisma.sql`page."sortTitle", page.slug`,
        after: (c) => Prisma.sql`(sort_title, slug) > (${c.key[0]}, ${c.key[1]})`,
        cursorOf: (r, page) => ({ sort: "title", key: [r.sortTitle, r.slug], page }),
      };
  }
}

/**
 * One page of published roles matching `query`, the total across pages, facet counts and the next page's
 * cursor: `listRoles` limited to status "published". The browse page, `GET /api/roles` and the feeds call this;
 * with `correct` (page and API), a keyword finding nothing is retried with its spelling corrected
 * (lib/search/spelling.ts) and the answer says so in `correction`.
 */
export function listPublishedRoles(query: RoleQuery, { correct = false }: { correct?: boolean } = {}): Promise<RoleListResult> {
  const run = (q: RoleQuery) => listRoles(q, { statuses: ["published"] });
  return correct ? withSpellingFallback(query, run) : run(query);
}

/**
 * One page of roles in the given scope (workflow states, soft-deleted or not) matching `query`.
 * - Page: by keyset when `query.cursor` is set (rows after the cursor), else by offset (`page`). Either way the
 *   answer's `nextCursor` continues after its last row (null on the last page). A page past the end gives
 *   `items: []` with the real `total`.
 * - Facets: each value counts the roles it would give with the other active filters applied (tier counts use
 *   the horizon filter and keyword but not the tier filter, and vice versa). One query for both facets: without
 *   a keyword from the trigger-kept role_facet_counts, with one from the matching rows.
 * Two round trips, run concurrently. Throws on database errors.
 */
export async function listRoles(query: RoleQuery, scope: RoleScope): Promise<RoleListResult> {
  const sql = listRolesSql(query, scope);
  const [rows, facetRows] = await Promise.all([
    searchRead<ListRow>(sql.items, sql.searched),
    searchRead<FacetRow>(sql.facets, sql.searched),
  ]);

  return shapeListResult(query, sql.plan, rows, facetRows);
}

/** A row of listRolesSql's `items` statement. */
export type ListRow = Omit<RoleListItem, "listedAt"> & SortRow;
/** A row of listRolesSql's `facets` statement. */
export type FacetRow = { facet: "tier" | "horizon"; value: string; count: number };

/**
 * The API's answer from the rows of listRolesSql's two statements: facet counts with zeros filled in, the total
 * (the selected tiers' counts, which already apply every other filter), the page without its look-ahead row, and
 * the cursor after it. Pure; shared by listRoles and the benchmark's bare-server floor.
 */
export function shapeListResult(
  query: RoleQuery,
  plan: Pick<SortPlan, "cursorOf">,
  rows: readonly ListRow[],
  facetRows: readonly FacetRow[],
): RoleListResult {
  const facets: RoleFacets = {
    tier: Object.fromEntries(TIER_VALUES.map((v) => [v, 0])) as Record<TierValue, number>,
    horizon: Object.fromEntries(HORIZON_VALUES.map((v) => [v, 0])) as Record<HorizonValue, number>,
  };
  for (const r of facetRows) {
    if (r.facet === "tier") facets.tier[r.value as TierValue] = r.count;
    else facets.horizon[r.value as HorizonValue] = r.count;
  }
  const tiers: readonly TierValue[] = query.tier.length ? query.tier : TIER_VALUES;
  const total = tiers.reduce((sum, t) => sum + facets.tier[t], 0);

  const pageRows = rows.slice(0, query.pageSize);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > query.pageSize && last ? encodeCursor(plan.cursorOf(last, query.page + 1)) : null;
  const items = pageRows.map(({ slug, titleEn, titleZh, tier, horizon, summaryEn, summaryZh, listedAt }) => ({
    slug, titleEn, titleZh, tier, horizon, summaryEn, summaryZh, listedAt: listedAt.toISOString(),
  }));
  return { items, total, page: query.page, pageSize: query.pageSize, facets, nextCursor, correction: null };
}

/**
 * The two statements behind listRoles: `items` (one page plus one row, to know whether another page follows)
 * and `facets` (both facets' counts). Exported for the EXPLAIN tests, which must plan exactly what the app runs.
 */
export function listRolesSql(query: RoleQuery, scope: RoleScope) {
  const search = searchPlan(query.q);
  const searched = search.pieces.length > 0;
  // With a keyword, the rows come from the search index (role_search, alias s: the same column names as roles,
  // so the scope, facet and sort conditions apply unchanged); without, from roles and its list indexes.
  const from = searched ? Prisma.sql`role_search s` : Prisma.sql`roles`;
  const base = Prisma.sql`${scopeCondition(scope)} AND ${keywordCondition(search.pieces, "s")}`;
  const tierCond = facetCondition("tier", query.tier);
  const horizonCond = facetCondition("horizon", query.horizon);
  const plan = sortPlan(query, rankExpression(search, "s"));
  const position = query.cursor ? Prisma.sql`AND ${plan.after(query.cursor)}` : Prisma.empty;
  const offset = query.cursor ? 0 : (query.page - 1) * query.pageSize;
  return {
    plan,
    /** Whether the statements read the search index (run them with searchRead's planner settings). */
    searched,
    facets: !searched && !scope.deleted ? countedFacetsSql(query, scope) : scannedFacets(),
    // Deferred join: the page's slugs and sort keys first (from an index, or the narrow search index), then the
    // displayed columns of just those rows.
    items: Prisma.sql`
      WITH page AS MATERIALIZED (
        SELECT slug, ${plan.keys}
        FROM ${from}
        WHERE ${base} AND ${tierCond} AND ${horizonCond} ${position}
        ORDER BY ${plan.order}
        LIMIT ${query.pageSize + 1} OFFSET ${offset})
      SELECT ${listColumns}, page."sortTitle", roles.listed_at AS "listedAt", page.rank
      FROM page JOIN roles USING (slug)
      ORDER BY ${plan.pageOrder}`,
  };

  /** Count the matching rows (with a keyword: through the search index's GIN index). */
  function scannedFacets() {
    // One pass over the matches into at most 3 × 3 cells, then each facet from the cells.
    return Prisma.sql`
      WITH cells AS MATERIALIZED (SELECT tier, horizon, count(*)::int AS n FROM ${from} WHERE ${base} GROUP BY 1, 2)
      SELECT 'tier' AS facet, ${sqlTier} AS value, sum(n)::int AS count
        FROM cells WHERE ${horizonCond} GROUP BY 2
      UNION ALL
      SELECT 'horizon' AS facet, ${sqlHorizon} AS value, sum(n)::int AS count
        FROM cells WHERE ${tierCond} GROUP BY 2`;
  }
}

/**
 * Facet counts without a keyword, from role_facet_counts (at most 3 × 3 rows per status, kept exact by
 * triggers): constant time whatever the catalogue's size.
 */
function countedFacetsSql(query: RoleQuery, { statuses }: RoleScope): Prisma.Sql {
  const pick = (column: "tier" | "horizon", selected: readonly string[]) =>
    selected.length ? Prisma.sql`${Prisma.raw(column)} = ANY(${[...selected]}::text[])` : Prisma.sql`TRUE`;
  const scoped = Prisma.sql`status = ANY(${[...statuses]}::role_status[])`;
  return Prisma.sql`
    SELECT 'tier' AS facet, tier AS value, sum(count)::int AS count
      FROM role_facet_counts WHERE ${scoped} AND ${pick("horizon", query.horizon)} GROUP BY tier
    UNION ALL
    SELECT 'horizon' AS facet, horizon AS value, sum(count)::int AS count
      FROM role_facet_counts WHERE ${scoped} AND ${pick("tier", query.tier)} GROUP BY horizon`;
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The published role with this slug, or null when there is none (also for any string that cannot be a slug).
 * Cached per request (React `cache`): a page's metadata and body share one query.
 */
export const getPublishedRole = cache(async (slug: string): Promise<RoleDetail | null> => {
  if (slug.length > 120 || !SLUG_PATTERN.test(slug)) return null;
  const rows = await db().$queryRaw<(Omit<RoleDetail, "publishedAt" | "updatedAt"> & { publishedAt: Date | null; updatedAt: Date })[]>(
    publishedRoleSql(slug),
  );
  const row = rows[0];
  if (!row) return null;
  return { ...row, publishedAt: row.publishedAt?.toISOString() ?? null, updatedAt: row.updatedAt.toISOString() };
});

/** The statement behind getPublishedRole (exported for the EXPLAIN tests). */
export const publishedRoleSql = (slug: string) => Prisma.sql`
  SELECT ${listColumns},
         description_en AS "descriptionEn", description_zh AS "descriptionZh",
         content_origin::text AS "contentOrigin", source_name AS "sourceName",
         published_at AS "publishedAt", updated_at AS "updatedAt"
  FROM roles WHERE slug = ${slug} AND ${Prisma.raw(rolePublicSql("roles"))}`;

/**
 * Up to `limit` other published roles with the same tier and horizon as `role` (both may be "unspecified"),
 * by title. Served by the (status, tier, horizon) index.
 */
export function listRelatedRoles(
  role: Pick<RoleListItem, "slug" | "tier" | "horizon">,
  limit = 4,
): Promise<RoleListItem[]> {
  return db().$queryRaw<RoleListItem[]>(relatedRolesSql(role, limit));
}

/** The statement behind listRelatedRoles (exported for the EXPLAIN tests). */
export function relatedRolesSql(role: Pick<RoleListItem, "slug" | "tier" | "horizon">, limit: number) {
  const same = (column: "tier" | "horizon", value: string) =>
    value === "unspecified" ? Prisma.sql`${Prisma.raw(column)} IS NULL` : facetCondition(column, [value]);
  return Prisma.sql`
    SELECT ${listColumns} FROM roles
    WHERE status = 'published' AND deleted_at IS NULL AND ${same("tier", role.tier)} AND ${same("horizon", role.horizon)}
      AND slug <> ${role.slug}
    ORDER BY sort_title, slug
    LIMIT ${limit}`;
}

/**
 * Every published role's slug and last change (`updatedAt`, ISO 8601), by slug: for the sitemap. One index-only
 * friendly scan; at the seed's size trivial, at 100k roles ~100k small rows (a sitemap file holds at most 50,000
 * URLs, see lib/seo/sitemap.ts).
 */
export async function listPublishedRoleStamps(): Promise<RoleStamp[]> {
  const rows = await db().role.findMany({
    where: { status: "PUBLISHED", deletedAt: null },
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
}

/** One cell of the tier × horizon matrix: its count and up to `perCell` roles, by title. */
export interface MatrixCell {
  tier: TierValue;
  horizon: HorizonValue;
  count: number;
  roles: Pick<RoleListItem, "slug" | "titleEn" | "titleZh">[];
}

/**
 * Published roles as a tier × horizon matrix: every combination of TIER_VALUES × HORIZON_VALUES ("unspecified"
 * included), in that order, each with its exact count and its first `perCell` roles by title (the rest are one
 * browse-page link away). Two queries: counts from the trigger-kept role_facet_counts, names by one LIMITed read
 * per cell through the (status, tier, horizon, sort_title, slug) index. Throws on database errors.
 */
export async function getRoleMatrix(perCell = 50): Promise<MatrixCell[]> {
  const [counts, rows] = await Promise.all([
    db().$queryRaw<{ tier: string; horizon: string; count: number }[]>`
      SELECT tier, horizon, sum(count)::int AS count FROM role_facet_counts
      WHERE status = 'published' GROUP BY tier, horizon`,
    db().$queryRaw<Pick<RoleListItem, "slug" | "titleEn" | "titleZh" | "tier" | "horizon">[]>(matrixRolesSql(perCell)),
  ]);
  return TIER_VALUES.flatMap((tier) =>
    HORIZON_VALUES.map((horizon) => ({
      tier,
      horizon,
      count: counts.find((c) => c.tier === tier && c.horizon === horizon)?.count ?? 0,
      roles: rows.filter((r) => r.tier === tier && r.horizon === horizon).map(({ slug, titleEn, titleZh }) => ({ slug, titleEn, titleZh })),
    })),
  );
}

/** The statement behind getRoleMatrix's names: nine index reads, one per cell, each limited to `perCell`. */
export function matrixRolesSql(perCell: number): Prisma.Sql {
  const same = (column: "tier" | "horizon", value: string) =>
    value === "unspecified" ? Prisma.sql`${Prisma.raw(column)} IS NULL` : facetCondition(column, [value]);
  const cells = TIER_VALUES.flatMap((t) =>
    HORIZON_VALUES.map(
      (h) => Prisma.sql`(SELECT slug, title_en AS "titleEn", title_zh AS "titleZh", ${t}::text AS tier, ${h}::text AS horizon
        FROM roles WHERE status = 'published' AND deleted_at IS NULL AND ${same("tier", t)} AND ${same("horizon", h)}
        ORDER BY sort_title, slug LIMIT ${perCell})`,
    ),
  );
  return Prisma.join(cells, " UNION ALL ");
}

/**
 * The published roles with these slugs, in the order given; slugs with no published role are left out (the
 * caller reports them). At most a handful of slugs (for /compare).
 */
export async function getPublishedRolesBySlugs(slugs: readonly string[]): Promise<RoleDetail[]> {
  const found = await Promise.all(slugs.map((s) => getPublishedRole(s)));
  return found.filter((r): r is RoleDetail => r !== null);
}

/** A published role as the axes page lists it: names, tier, horizon and when it was last reviewed. */
export interface AxesRole {
  slug: string;
  titleEn: string;
  titleZh: string;
  tier: TierValue;
  horizon: HorizonValue;
  /** ISO 8601: the role's last change. Only an admin can change a published role (or publish it after review). */
  reviewedAt: string;
}

/**
 * Every published role with its tier, horizon and last-reviewed time (its `updatedAt`: a published role changes
 * only when an admin publishes it after review or edits it), ordered by tier, horizon (TIER_VALUES,
 * HORIZON_VALUES order, "unspecified" last) and title. For /about/axes. One read; the catalogue is small.
 */
export async function listAxesRoles(): Promise<AxesRole[]> {
  const rows = await db().$queryRaw<AxesRole[]>`
    SELECT slug, title_en AS "titleEn", title_zh AS "titleZh", coalesce(tier::text, 'unspecified') AS tier,
      coalesce(horizon::text, 'unspecified') AS horizon, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "reviewedAt"
    FROM roles WHERE status = 'published' AND deleted_at IS NULL ORDER BY sort_title, slug`;
  const rank = <T extends string>(values: readonly T[], v: T) => values.indexOf(v);
  return rows.sort((a, b) => rank(TIER_VALUES, a.tier) - rank(TIER_VALUES, b.tier) || rank(HORIZON_VALUES, a.horizon) - rank(HORIZON_VALUES, b.horizon));
}
