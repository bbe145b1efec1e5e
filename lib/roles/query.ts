import { z } from "zod";

/**
 * The public query contract for browsing roles. The browse page, `GET /api/roles` and (later) the feeds all
 * parse their URL parameters with `parseRoleQuery` and pass the result to `listPublishedRoles`.
 *
 * Parameters (all optional; an empty value counts as absent):
 *   tier      repeatable, one of TIER_VALUES         OR inside the parameter, AND with the others
 *   horizon   repeatable, one of HORIZON_VALUES
 *   q         keyword, at most Q_MAX_LENGTH characters, matched literally in names and summaries
 *   page      whole number 1..MAX_PAGE (default 1): offset pagination, for shareable links
 *   cursor    opaque keyset cursor from a previous answer's `nextCursor` (not together with page)
 *   pageSize  whole number 1..MAX_PAGE_SIZE (default DEFAULT_PAGE_SIZE)
 *   sort      "relevance" (default while q is set), "title" (default otherwise) or "newest"
 * Any other parameter, or a non-repeatable one given twice, is an error.
 *
 * The title order is not a URL parameter: it is the page's language (`titleOrder`, the second argument of
 * parseRoleQuery). The Chinese pages sort "title" by pinyin (roles.sort_key_zh, lib/search/pinyin.mjs), every
 * other reader (the English pages, `GET /api/roles`, the feeds, the admin list) by the English title. A title
 * cursor says which order made it, and one made for the other order is refused like any stale cursor.
 */

import {
  CURSOR_MAX_LENGTH,
  DEFAULT_PAGE_SIZE,
  effectiveSort,
  HORIZON_VALUES,
  MAX_PAGE,
  MAX_PAGE_SIZE,
  Q_MAX_LENGTH,
  QUERY_KEYS,
  SORT_VALUES,
  TIER_VALUES,
} from "./constants";

import { type Cursor, decodeCursor, encodeCursor } from "./cursor";
import { exactFlag, keyword, multi, once, paramsRecord, type QueryIssue, queryIssues, type RawParams, wholeNumber } from "@/lib/query/params";

export * from "./constants";


/**
 * The URL parameters as given, before the cross-parameter rules of `roleQuerySchema`. Exported so that the
 * OpenAPI document (lib/api/openapi.ts) is generated from the very schema that parses requests
 * (`z.toJSONSchema(rawRoleQuerySchema, { io: "input" })`); the `.meta` descriptions end up there.
 */
export const rawRoleQuerySchema = z.strictObject(
  {
    tier: multi("tier", TIER_VALUES).meta({ description: "Skill tier; repeat to select several (OR)." }),
    horizon: multi("horizon", HORIZON_VALUES).meta({ description: "Emergence horizon; repeat to select several (OR)." }),
    q: keyword("q", Q_MAX_LENGTH).meta({
      description: `Keyword (at most ${Q_MAX_LENGTH} characters after whitespace is collapsed), matched literally in both names, summaries and descriptions.`,
      // The parser's first bound (4× for whitespace it then collapses) is not the limit a client should obey.
      maxLength: Q_MAX_LENGTH,
    }),
    exact: exactFlag("exact"),
    page: wholeNumber("page", 1, MAX_PAGE)
      .optional()
      .meta({ description: `Page number, a whole number from 1 to ${MAX_PAGE} (default 1); not together with cursor.` }),
    pageSize: wholeNumber("pageSize", 1, MAX_PAGE_SIZE)
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: `Roles per page, a whole number from 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
    sort: z
      .enum(SORT_VALUES, {
        error: (iss) => (Array.isArray(iss.input) ? "sort may be given only once" : `sort must be one of ${SORT_VALUES.join(", ")}`),
      })
      .optional()
      .meta({ description: "Order: relevance (default while q is set), title (default otherwise) or newest." }),
    cursor: once("cursor")
      .max(CURSOR_MAX_LENGTH, "cursor is not valid; start again from the first page")
      .transform((raw, ctx) => {
        const c = decodeCursor(raw);
        if (!c) ctx.addIssue({ code: "custom", message: "cursor is not valid; start again from the first page" });
        return c as Cursor;
      })
      .optional()
      .meta({ description: "Opaque keyset cursor: a previous answer's nextCursor; not together with page." }),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? `unknown parameter` : undefined) },
);

export const roleQuerySchema = rawRoleQuerySchema.transform((raw, ctx) => {
  // Relevance needs a keyword; without one the list is sorted by title.
  const sort = effectiveSort(raw.sort, raw.q);
  if (raw.cursor && raw.page !== undefined) {
    ctx.addIssue({ code: "custom", path: ["cursor"], message: "cursor and page cannot be used together; give one" });
  }
  if (raw.cursor && raw.cursor.sort !== sort) {
    ctx.addIssue({
      code: "custom",
      path: ["cursor"],
      message: `cursor was made for sort=${raw.cursor.sort}, not sort=${sort}; start again from the first page`,
    });
  }
  return {
    tier: raw.tier,
    horizon: raw.horizon,
    q: raw.q,
    exact: raw.exact ?? false,
    sort,
    page: raw.cursor?.page ?? raw.page ?? 1,
    pageSize: raw.pageSize,
    cursor: raw.cursor ?? null,
    /** Which title order sort=title uses: set by parseRoleQuery from the page's language, never by the URL. */
    titleOrder: "en" as TitleOrder,
  };
});

/** The orders of sort=title: English title (sort_title) or pinyin of the Chinese title (sort_key_zh). */
export type TitleOrder = "en" | "zh";

/** The title order of a page in `locale` (an AppLocale): pinyin on the Chinese pages, English otherwise. */
export const titleOrderFor = (locale: string): TitleOrder => (locale === "zh" ? "zh" : "en");

export type RoleQuery = z.output<typeof roleQuerySchema>;

export type { QueryIssue } from "@/lib/query/params";

export type ParsedRoleQuery = { ok: true; query: RoleQuery } | { ok: false; issues: QueryIssue[]; query: RoleQuery };

/** The query with every default: all published roles, first page, sorted by title. */
export const DEFAULT_ROLE_QUERY: RoleQuery = roleQuerySchema.parse({});


/**
 * Parses URL parameters (a URLSearchParams or Next's `searchParams` object) into a RoleQuery, for the title
 * order `titleOrder` (the page's language; "en" for the API, feeds and admin).
 * Never throws: on failure returns `ok: false` with one issue per offending parameter and, in `query`, the
 * default query so callers can still show the unfiltered list.
 */
export function parseRoleQuery(params: RawParams, titleOrder: TitleOrder = "en"): ParsedRoleQuery {
  const result = roleQuerySchema.safeParse(paramsRecord(params, ["tier", "horizon"]));
  const fallback = { ...DEFAULT_ROLE_QUERY, titleOrder };
  if (!result.success) return { ok: false, issues: queryIssues(result.error.issues, QUERY_KEYS), query: fallback };
  const query = { ...result.data, titleOrder };
  const cursor = query.cursor;
  if (cursor?.sort === "title" && (cursor.zh ? "zh" : "en") !== titleOrder) {
    const message = "cursor was made for the other language's title order; start again from the first page";
    return { ok: false, issues: [{ parameter: "cursor", message }], query: fallback };
  }
  return { ok: true, query };
}

/**
 * Serializes a query back to URL parameters in the canonical order (QUERY_KEYS), leaving out defaults: the sort
 * when it is the default for the keyword, page 1. A cursor is written instead of the page when given.
 */
export function roleQueryToSearchParams(query: Partial<RoleQuery>): URLSearchParams {
  const sp = new URLSearchParams();
  for (const t of query.tier ?? []) sp.append("tier", t);
  for (const h of query.horizon ?? []) sp.append("horizon", h);
  if (query.q) sp.set("q", query.q);
  if (query.q && query.exact) sp.set("exact", "1");
  const q = query.q ?? "";
  if (query.sort && effectiveSort(query.sort, q) !== effectiveSort(undefined, q)) sp.set("sort", query.sort);
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) sp.set("pageSize", String(query.pageSize));
  if (query.cursor) sp.set("cursor", encodeCursor(query.cursor));
  else if (query.page && query.page !== 1) sp.set("page", String(query.page));
  return sp;
}

/** `?a=b` for a non-empty query, "" otherwise; for building links. */
export function roleQueryString(query: Partial<RoleQuery>): string {
  const s = roleQueryToSearchParams(query).toString();
  return s ? `?${s}` : "";
}
