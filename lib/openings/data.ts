import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HORIZON_VALUES, type HorizonValue, TIER_VALUES, type TierValue } from "@/lib/roles/constants";
import { idMatchesKeyword, keywordCondition, OPENING_SEARCH, rankExpression, type RawQueryClient, searchRead } from "@/lib/search/sql";
import { searchPlan } from "@/lib/search/segment";
import { withSpellingFallback } from "@/lib/search/spelling";
import {
  EMPLOYMENT_TYPES,
  type EmploymentTypeValue,
  EXPERIENCE_FILTER_VALUES,
  WORKPLACE_TYPES,
  type WorkplaceTypeValue,
  yearlyAmount,
} from "./constants";
import { encodeOpeningCursor, type OpeningCursor } from "./cursor";
import type { OpeningQuery } from "./query";
import { openingPagePublicSql } from "./visibility";
import type { FacetValue, OpeningDetail, OpeningFacets, OpeningListItem, OpeningListResult } from "./types";

/*
 * Server-only reads of openings (table `openings`, joined to its role). "Current" = published, not deleted, not
 * expired (expires_at after `now`), under a published role. Every function takes `now` so tests can fix the
 * clock; callers in the app pass nothing (the real time). Database errors propagate; they never become empty
 * results.
 */

/** The rows every public list covers: current openings of published roles. */
const currentCondition = (now: Date) => Prisma.sql`o.status = 'published' AND o.deleted_at IS NULL
  AND o.expires_at > ${now}::timestamptz AND r.status = 'published' AND r.deleted_at IS NULL`;

const sqlTier = Prisma.sql`COALESCE(r.tier::text, 'unspecified')`;
const sqlHorizon = Prisma.sql`COALESCE(r.horizon::text, 'unspecified')`;

/** `column IN (values)` for an enum column, where "unspecified" means NULL; TRUE when nothing is selected. */
function enumCondition(column: string, enumType: string, selected: readonly string[]): Prisma.Sql {
  if (selected.length === 0) return Prisma.sql`TRUE`;
  const col = Prisma.raw(column);
  const values = selected.filter((v) => v !== "unspecified");
  const parts: Prisma.Sql[] = [];
  if (values.length) parts.push(Prisma.sql`${col} = ANY(${values}::${Prisma.raw(enumType)}[])`);
  if (values.length < selected.length) parts.push(Prisma.sql`${col} IS NULL`);
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/** The filters of a query, one SQL condition per facet (so each facet can leave its own out). */
function conditions(query: OpeningQuery) {
  return {
    tier: enumCondition("r.tier", "skill_tier", query.tier),
    horizon: enumCondition("r.horizon", "emergence_horizon", query.horizon),
    role: query.role.length ? Prisma.sql`r.slug = ANY(${query.role}::text[])` : Prisma.sql`TRUE`,
    city: query.city.length
      ? Prisma.sql`o.city_keys && ARRAY(SELECT atlas_search_normalize(c) FROM unnest(${query.city}::text[]) AS c)`
      : Prisma.sql`TRUE`,
    workplace: enumCondition("o.workplace_type", "workplace_type", query.workplace),
    employment: enumCondition("o.employment_type", "employment_type", query.employment),
    experience: enumCondition("o.experience_level", "experience_level", query.experience),
  };
}
type FacetName = keyof ReturnType<typeof conditions>;

/**
 * Conditions that are not facets: keyword (`pieces`, searchPlan's), salary floor, posted within. `fromIndex`: `o`
 * is a row of the search index opening_search (the keyword tests its terms); else a row of openings (the keyword
 * is a semi-join on the index).
 */
function baseCondition(query: OpeningQuery, now: Date, pieces: readonly string[], fromIndex: boolean): Prisma.Sql {
  const keyword = fromIndex ? keywordCondition(pieces, "o") : idMatchesKeyword(pieces, OPENING_SEARCH, "o.id");
  const parts = [currentCondition(now), keyword];
  if (query.salaryMin !== null && query.currency) {
    const floor = yearlyAmount(query.salaryMin, query.period);
    const stated = Prisma.sql`(o.salary_currency = ${query.currency} AND o.salary_year_max >= ${floor}::numeric)`;
    parts.push(query.salaryUnknown ? Prisma.sql`(${stated} OR o.salary_year_max IS NULL)` : stated);
  }
  if (query.posted) {
    // Calendar days in UTC: "within 7 days" = posted on one of the last 7 days or today.
    parts.push(Prisma.sql`o.date_posted >= ((${now}::timestamptz AT TIME ZONE 'UTC')::date - ${query.posted}::int)`);
  }
  return Prisma.join(parts, " AND ");
}

interface SortPlan {
  keys: Prisma.Sql;
  order: Prisma.Sql;
  pageOrder: Prisma.Sql;
  after: (c: OpeningCursor) => Prisma.Sql;
  cursorOf: (row: ListRow, page: number) => OpeningCursor;
}

/** Every order ends with the unique slug, so keyset pages never skip or repeat an opening. */
function sortPlan(query: OpeningQuery, rank: Prisma.Sql): SortPlan {
  switch (query.sort) {
    case "relevance":
      return {
        keys: Prisma.sql`${rank} AS rank, o.date_posted AS "datePostedKey", NULL::numeric AS "salaryKey"`,
        order: Prisma.sql`${rank}, o.date_posted DESC, o.slug DESC`,
        pageOrder: Prisma.sql`page.rank, page."datePostedKey" DESC, page.slug DESC`,
        after: (c) => {
          const [r, d, s] = c.key as [number, string, string];
          return Prisma.sql`(${rank} > ${r}::int OR (${rank} = ${r}::int AND (o.date_posted, o.slug) < (${d}::date, ${s})))`;
        },
        cursorOf: (row, page) => ({ sort: "relevance", key: [row.rank, row.datePosted, row.slug], page }),
      };
    case "salary": {
      // Highest yearly maximum in the chosen currency first; other currencies and no salary after, by slug.
      const key = Prisma.sql`(CASE WHEN o.salary_currency = ${query.currency} THEN o.salary_year_max END)`;
      return {
        keys: Prisma.sql`0 AS rank, o.date_posted AS "datePostedKey", ${key} AS "salaryKey"`,
        order: Prisma.sql`${key} DESC NULLS LAST, o.slug`,
        pageOrder: Prisma.sql`page."salaryKey" DESC NULLS LAST, page.slug`,
        after: (c) => {
          const [amount, s] = c.key as [string | null, string];
          return amount === null
            ? Prisma.sql`(${key} IS NULL AND o.slug > ${s})`
            : Prisma.sql`(${key} < ${amount}::numeric OR (${key} = ${amount}::numeric AND o.slug > ${s}) OR ${key} IS NULL)`;
        },
        cursorOf: (row, page) => ({ sort: "salary", key: [row.salaryKey, row.slug], page }),
      };
    }
    default:
      return {
        keys: Prisma.sql`0 AS rank, o.date_posted AS "datePostedKey", NULL::numeric AS "salaryKey"`,
        order: Prisma.sql`o.date_posted DESC, o.slug DESC`,
        pageOrder: Prisma.sql`page."datePostedKey" DESC, page.slug DESC`,
        after: (c) => {
          const [d, s] = c.key as [string, string];
          return Prisma.sql`(o.date_posted, o.slug) < (${d}::date, ${s})`;
        },
        cursorOf: (row, page) => ({ sort: "newest", key: [row.datePosted, row.slug], page }),
      };
  }
}

/** The displayed columns of an opening (alias o) and its role (alias r). */
const itemColumns = Prisma.sql`o.slug, o.title_en AS "titleEn", o.title_zh AS "titleZh", o.employer_name AS "employerName",
  o.workplace_type::text AS "workplaceType", o.locations, coalesce(o.remote_countries, '{}') AS "remoteCountries",
  o.employment_type::text AS "employmentType", o.experience_level::text AS "experienceLevel",
  o.salary_min::float8 AS "salaryMin", o.salary_max::float8 AS "salaryMax", o.salary_currency AS "salaryCurrency",
  o.salary_period::text AS "salaryPeriod", o.salary_months AS "salaryMonths", o.salary_text AS "salaryText",
  to_char(o.date_posted, 'YYYY-MM-DD') AS "datePosted", to_char(o.valid_through, 'YYYY-MM-DD') AS "validThrough",
  o.expires_at AS "expiresAt", o.time_zone AS "timeZone",
  r.slug AS "roleSlug", r.title_en AS "roleTitleEn", r.title_zh AS "roleTitleZh", ${sqlTier} AS "roleTier", ${sqlHorizon} AS "roleHorizon"`;

/** A row of the item columns. */
interface ItemRow {
  slug: string;
  titleEn: string;
  titleZh: string;
  employerName: string;
  workplaceType: WorkplaceTypeValue;
  locations: { city: string; country: string }[];
  remoteCountries: string[];
  employmentType: EmploymentTypeValue;
  experienceLevel: OpeningListItem["experienceLevel"];
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  salaryPeriod: OpeningListItem["salary"] extends infer S ? (S extends { period: infer P } ? P : never) : never;
  salaryMonths: number | null;
  salaryText: string;
  datePosted: string;
  validThrough: string;
  expiresAt: Date;
  timeZone: string;
  roleSlug: string;
  roleTitleEn: string;
  roleTitleZh: string;
  roleTier: TierValue;
  roleHorizon: HorizonValue;
}
type ListRow = ItemRow & { rank: number; salaryKey: string | null };

/** An item row as the API's list item. Pure. */
function toItem(r: ItemRow): OpeningListItem {
  const stated = r.salaryMin !== null || r.salaryMax !== null || r.salaryText !== "";
  return {
    slug: r.slug,
    titleEn: r.titleEn,
    titleZh: r.titleZh,
    employerName: r.employerName,
    workplaceType: r.workplaceType,
    locations: r.locations,
    remoteCountries: r.remoteCountries,
    employmentType: r.employmentType,
    experienceLevel: r.experienceLevel,
    salary: stated
      ? { min: r.salaryMin, max: r.salaryMax, currency: r.salaryCurrency, period: r.salaryPeriod, months: r.salaryMonths, text: r.salaryText }
      : null,
    datePosted: r.datePosted,
    validThrough: r.validThrough,
    expiresAt: r.expiresAt.toISOString(),
    timeZone: r.timeZone,
    role: { slug: r.roleSlug, titleEn: r.roleTitleEn, titleZh: r.roleTitleZh, tier: r.roleTier, horizon: r.roleHorizon },
  };
}

/**
 * The statements behind listCurrentOpenings: `items` (one page plus a look-ahead row, by keyset when the query
 * has a cursor, else by offset) and `facets` (every facet's counts, each with the other filters applied).
 * Exported for the EXPLAIN tests, which must plan exactly what the app runs.
 */
export function listOpeningsSql(query: OpeningQuery, now: Date) {
  const search = searchPlan(query.q);
  const searched = search.pieces.length > 0;
  const base = baseCondition(query, now, search.pieces, searched);
  const conds = conditions(query);
  const all = Prisma.join(Object.values(conds), " AND ");
  const plan = sortPlan(query, rankExpression(search, "o"));
  // With a keyword, the rows come from the search index (opening_search o, whose copy of its role's columns is
  // `r` under the roles' names, so the same conditions apply); without, from openings and roles and their indexes.
  const from = searched
    ? Prisma.sql`opening_search o CROSS JOIN LATERAL (SELECT o.role_slug AS slug, o.role_status AS status,
        o.role_deleted_at AS deleted_at, o.tier, o.horizon) r`
    : Prisma.sql`openings o JOIN roles r ON r.id = o.role_id`;
  const position = query.cursor ? Prisma.sql`AND ${plan.after(query.cursor)}` : Prisma.empty;
  const offset = query.cursor ? 0 : (query.page - 1) * query.pageSize;
  const others = (except: FacetName) =>
    Prisma.join(
      (Object.keys(conds) as FacetName[]).filter((k) => k !== except).map((k) => conds[k]),
      " AND ",
    );
  // The facet conditions name the opening as `o` and its role as `r`: over the matching rows, `o` is the row and
  // `r` a view of its role columns, so the same conditions apply unchanged.
  const fromMatching = Prisma.sql`FROM matching o CROSS JOIN LATERAL (SELECT o.role_slug AS slug, o.tier, o.horizon) r`;
  const facets = Prisma.sql`
    WITH matching AS MATERIALIZED (
      SELECT o.workplace_type, o.employment_type, o.experience_level, o.city_keys, o.city_names,
             r.slug AS role_slug, r.tier, r.horizon
      FROM ${from}
      WHERE ${base})
    SELECT 'tier' AS facet, COALESCE(o.tier::text, 'unspecified') AS value, NULL AS label, NULL AS "labelZh", count(*)::int AS count
      ${fromMatching} WHERE ${others("tier")} GROUP BY 2
    UNION ALL
    SELECT 'horizon', COALESCE(o.horizon::text, 'unspecified'), NULL, NULL, count(*)::int
      ${fromMatching} WHERE ${others("horizon")} GROUP BY 2
    UNION ALL
    SELECT 'workplace', o.workplace_type::text, NULL, NULL, count(*)::int
      ${fromMatching} WHERE ${others("workplace")} GROUP BY 2
    UNION ALL
    SELECT 'employment', o.employment_type::text, NULL, NULL, count(*)::int
      ${fromMatching} WHERE ${others("employment")} GROUP BY 2
    UNION ALL
    SELECT 'experience', COALESCE(o.experience_level::text, 'unspecified'), NULL, NULL, count(*)::int
      ${fromMatching} WHERE ${others("experience")} GROUP BY 2
    UNION ALL
    -- The 50 roles with most matches, labelled with their titles (read for those 50 only).
    (SELECT 'role', f.slug, rr.title_en, rr.title_zh, f.count
      FROM (SELECT o.role_slug AS slug, count(*)::int AS count ${fromMatching} WHERE ${others("role")}
            GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 50) f
      JOIN roles rr ON rr.slug = f.slug
      ORDER BY f.count DESC, f.slug)
    UNION ALL
    -- Cities by their folded key (city_keys, one per city of an opening), labelled with a spelling as stored.
    (SELECT 'city', k.key, min(k.name), NULL, count(*)::int
      ${fromMatching} CROSS JOIN LATERAL unnest(o.city_keys, o.city_names) AS k(key, name)
      WHERE ${others("city")}
      GROUP BY 2 ORDER BY 5 DESC, 2 LIMIT 30)`;
  return {
    plan,
    /** Whether the statements read the search indexes (run them with searchRead's planner settings). */
    searched,
    facets,
    items: Prisma.sql`
      WITH page AS MATERIALIZED (
        SELECT o.slug, ${plan.keys}
        FROM ${from}
        WHERE ${base} AND ${all} ${position}
        ORDER BY ${plan.order}
        LIMIT ${query.pageSize + 1} OFFSET ${offset})
      SELECT ${itemColumns}, page.rank, page."salaryKey"::text AS "salaryKey"
      FROM page JOIN openings o USING (slug) JOIN roles r ON r.id = o.role_id
      ORDER BY ${plan.pageOrder}`,
  };
}

/** A row of listOpeningsSql's `facets` statement. */
export type OpeningFacetRow = { facet: keyof OpeningFacets; value: string; label: string | null; labelZh: string | null; count: number };
/** A row of listOpeningsSql's `items` statement. */
export type OpeningListRow = ListRow;

/**
 * One page of current openings matching `query` (parsed by parseOpeningQuery), the total across pages, facet
 * counts (each value counts the openings it would give with the other filters applied) and the next page's
 * cursor. The jobs page, `GET /api/openings` and the openings feeds call this. Two statements, run concurrently;
 * with `correct` (page and API), a keyword finding nothing is retried with its spelling corrected (`correction`).
 * Throws on database errors.
 */
export async function listCurrentOpenings(
  query: OpeningQuery,
  now: Date = new Date(),
  { correct = false }: { correct?: boolean } = {},
): Promise<OpeningListResult> {
  const run = async (q: OpeningQuery) => {
    const sql = listOpeningsSql(q, now);
    const [rows, facetRows] = await Promise.all([searchRead<ListRow>(sql.items, sql.searched), searchRead<OpeningFacetRow>(sql.facets, sql.searched)]);
    return shapeOpeningList(q, sql.plan, rows, facetRows);
  };
  return correct ? withSpellingFallback(query, run) : run(query);
}

/**
 * The API's answer from the rows of listOpeningsSql's two statements: facets with zeros filled in, the total (the
 * workplace counts of the selected workplaces, which apply every other filter), the page without its look-ahead
 * row, and the cursor after it. Pure; shared by listCurrentOpenings and the benchmark's bare-server floor.
 */
export function shapeOpeningList(
  query: OpeningQuery,
  plan: Pick<SortPlan, "cursorOf">,
  rows: readonly ListRow[],
  facetRows: readonly OpeningFacetRow[],
): OpeningListResult {
  const zeros = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, 0])) as Record<T, number>;
  const facets: OpeningFacets = {
    tier: zeros(TIER_VALUES),
    horizon: zeros(HORIZON_VALUES),
    workplace: zeros(WORKPLACE_TYPES),
    employment: zeros(EMPLOYMENT_TYPES),
    experience: zeros(EXPERIENCE_FILTER_VALUES),
    city: [],
    role: [],
  };
  for (const f of facetRows) {
    if (f.facet === "city" || f.facet === "role") {
      const v: FacetValue = { value: f.value, count: f.count, label: f.label ?? f.value };
      if (f.facet === "role") v.labelZh = f.labelZh ?? "";
      facets[f.facet].push(v);
    } else (facets[f.facet] as Record<string, number>)[f.value] = f.count;
  }
  const workplaces: readonly WorkplaceTypeValue[] = query.workplace.length ? query.workplace : WORKPLACE_TYPES;
  const total = workplaces.reduce((sum: number, w) => sum + facets.workplace[w], 0);
  const pageRows = rows.slice(0, query.pageSize);
  const last = pageRows.at(-1);
  const nextCursor = rows.length > query.pageSize && last ? encodeOpeningCursor(plan.cursorOf(last, query.page + 1)) : null;
  return { items: pageRows.map(toItem), total, page: query.page, pageSize: query.pageSize, facets, nextCursor, correction: null };
}

const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The published opening with this slug under a published role — current or expired (`expired` says which) — or
 * null (also for any string that cannot be a slug). Cached per request: metadata and page share one query.
 */
export const getPublishedOpening = cache(async (slug: string, now: Date = new Date()): Promise<OpeningDetail | null> => {
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return null;
  const rows = await db().$queryRaw<(ItemRow & Omit<OpeningDetail, keyof OpeningListItem | "publishedAt" | "updatedAt" | "expired"> & { publishedAt: Date | null; updatedAt: Date })[]>(
    publishedOpeningSql(slug),
  );
  const row = rows[0];
  if (!row) return null;
  return {
    ...toItem(row),
    descriptionEn: row.descriptionEn,
    descriptionZh: row.descriptionZh,
    employerUrl: row.employerUrl,
    applyUrl: row.applyUrl,
    expired: row.expiresAt.getTime() <= now.getTime(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
});

/** The statement behind getPublishedOpening (exported for the EXPLAIN tests). */
export const publishedOpeningSql = (slug: string) => Prisma.sql`
  SELECT ${itemColumns}, o.description_en AS "descriptionEn", o.description_zh AS "descriptionZh",
         o.employer_url AS "employerUrl", o.apply_url AS "applyUrl", o.published_at AS "publishedAt", o.updated_at AS "updatedAt"
  FROM openings o JOIN roles r ON r.id = o.role_id
  WHERE o.slug = ${slug} AND ${Prisma.raw(openingPagePublicSql("o", "r"))}`;

/** The statement behind listRoleOpenings (exported for the EXPLAIN tests). */
export const roleOpeningsSql = (roleSlug: string, limit: number, exceptSlug: string, now: Date) => Prisma.sql`
  SELECT ${itemColumns} FROM openings o JOIN roles r ON r.id = o.role_id
  WHERE ${currentCondition(now)} AND r.slug = ${roleSlug} AND o.slug <> ${exceptSlug}
  ORDER BY o.date_posted DESC, o.slug DESC LIMIT ${limit}`;

/** Up to `limit` current openings of the role `roleSlug`, newest first, leaving out `exceptSlug`. */
export async function listRoleOpenings(roleSlug: string, limit: number, exceptSlug = "", now: Date = new Date()): Promise<OpeningListItem[]> {
  const rows = await db().$queryRaw<ItemRow[]>(roleOpeningsSql(roleSlug, limit, exceptSlug, now));
  return rows.map(toItem);
}

/** Up to `limit` other current openings of the same role, newest first (for an opening's page). */
export function listSimilarOpenings(opening: Pick<OpeningListItem, "slug" | "role">, limit = 4, now: Date = new Date()): Promise<OpeningListItem[]> {
  return listRoleOpenings(opening.role.slug, limit, opening.slug, now);
}

/** Every current opening's slug and last change (ISO 8601), by slug: for the sitemap. */
export async function listCurrentOpeningStamps(now: Date = new Date()): Promise<{ slug: string; updatedAt: string }[]> {
  const rows = await db().$queryRaw<{ slug: string; updatedAt: Date }[]>`
    SELECT o.slug, o.updated_at AS "updatedAt" FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE ${currentCondition(now)} ORDER BY o.slug`;
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
}

/**
 * Openings a job alert has not had yet: current at `now`, matching every filter of `query` (the jobs page's
 * conditions, built by the same functions), published (published_at) after `after` and at or before `now`, and not
 * listed in alert_sent_openings for `alertId`. Newest first, at most `limit`. Returns each with its id (for the
 * sent-openings record). `client`: a transaction when the caller locks the alert. Throws on database errors.
 */
export async function listOpeningsNewForAlert(
  query: OpeningQuery,
  after: Date,
  alertId: string,
  limit: number,
  now: Date = new Date(),
  client?: RawQueryClient,
): Promise<(OpeningListItem & { id: string })[]> {
  const all = Prisma.join(Object.values(conditions(query)), " AND ");
  const { pieces } = searchPlan(query.q);
  const rows = await searchRead<ItemRow & { id: string }>(Prisma.sql`
    SELECT o.id::text AS id, ${itemColumns}
    FROM openings o JOIN roles r ON r.id = o.role_id
    WHERE ${baseCondition(query, now, pieces, false)} AND ${all}
      AND o.published_at > ${after}::timestamptz AND o.published_at <= ${now}::timestamptz
      AND NOT EXISTS (SELECT 1 FROM alert_sent_openings s WHERE s.alert_id = ${alertId}::uuid AND s.opening_id = o.id)
    ORDER BY o.published_at DESC, o.slug DESC
    LIMIT ${limit}`, pieces.length > 0, client);
  return rows.map((r) => ({ ...toItem(r), id: r.id }));
}
