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

export * from "./constants";


const once = (name: string) =>
  z.string({
    error: (iss) => (Array.isArray(iss.input) ? `${name} may be given only once` : `${name} must be text`),
  });

const wholeNumber = (name: string, min: number, max: number) =>
  once(name)
    .regex(/^[0-9]{1,7}$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${name} must be a whole number from ${min} to ${max}`)
        .max(max, `${name} must be a whole number from ${min} to ${max}`),
    );

const multi = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z
    .array(
      z.enum(values, {
        error: (iss) => `${name} must be one of ${values.join(", ")} (got "${truncate(String(iss.input))}")`,
      }),
    )
    // A repeated value selects nothing new; keep the canonical order so equal selections give equal URLs.
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][])
    .default([]);

// C0/C1 control characters other than whitespace cannot be meant and NUL cannot be stored by Postgres.
const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/**
 * The URL parameters as given, before the cross-parameter rules of `roleQuerySchema`. Exported so that the
 * OpenAPI document (lib/roles/openapi.ts) is generated from the very schema that parses requests
 * (`z.toJSONSchema(rawRoleQuerySchema, { io: "input" })`); the `.meta` descriptions end up there.
 */
export const rawRoleQuerySchema = z.strictObject(
  {
    tier: multi("tier", TIER_VALUES).meta({ description: "Skill tier; repeat to select several (OR)." }),
    horizon: multi("horizon", HORIZON_VALUES).meta({ description: "Emergence horizon; repeat to select several (OR)." }),
    q: once("q")
      .max(Q_MAX_LENGTH * 4, `q must be at most ${Q_MAX_LENGTH} characters`)
      .refine((s) => !CONTROL_CHARS.test(s), "q must not contain control characters")
      .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
      .refine((s) => [...s].length <= Q_MAX_LENGTH, `q must be at most ${Q_MAX_LENGTH} characters`)
      .default("")
      .meta({
        description: `Keyword (at most ${Q_MAX_LENGTH} characters after whitespace is collapsed), matched literally in both names, summaries and descriptions.`,
        // The parser's first bound (4× for whitespace it then collapses) is not the limit a client should obey.
        maxLength: Q_MAX_LENGTH,
      }),
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
    sort,
    page: raw.cursor?.page ?? raw.page ?? 1,
    pageSize: raw.pageSize,
    cursor: raw.cursor ?? null,
  };
});

export type RoleQuery = z.output<typeof roleQuerySchema>;

/** One problem with one URL parameter, as shown to users and returned in 400 responses. */
export interface QueryIssue {
  parameter: string;
  message: string;
}

export type ParsedRoleQuery = { ok: true; query: RoleQuery } | { ok: false; issues: QueryIssue[]; query: RoleQuery };

/** The query with every default: all published roles, first page, sorted by title. */
export const DEFAULT_ROLE_QUERY: RoleQuery = roleQuerySchema.parse({});

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Parses URL parameters (a URLSearchParams or Next's `searchParams` object) into a RoleQuery.
 * Never throws: on failure returns `ok: false` with one issue per offending parameter and, in `query`, the
 * default query so callers can still show the unfiltered list.
 */
export function parseRoleQuery(params: RawParams): ParsedRoleQuery {
  const raw = toRecord(params);
  const result = roleQuerySchema.safeParse(raw);
  if (result.success) return { ok: true, query: result.data };
  const issues: QueryIssue[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({
          parameter: truncate(key),
          message: `unknown parameter "${truncate(key)}" (allowed: ${QUERY_KEYS.join(", ")})`,
        });
      }
    } else {
      issues.push({ parameter: String(issue.path[0] ?? "query"), message: issue.message });
    }
  }
  // One message per parameter is enough; the first is the most basic.
  const seen = new Set<string>();
  return {
    ok: false,
    issues: issues.filter((i) => (seen.has(i.parameter) ? false : (seen.add(i.parameter), true))),
    query: DEFAULT_ROLE_QUERY,
  };
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

function toRecord(params: RawParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (key: string, value: string) => {
    if (value === "") return;
    const prev = out[key];
    if (key === "tier" || key === "horizon") out[key] = [...((prev as string[] | undefined) ?? []), value];
    else out[key] = prev === undefined ? value : [...(Array.isArray(prev) ? prev : [prev]), value];
  };
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) add(k, v);
  } else {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) add(k, item);
    }
  }
  return out;
}

function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
