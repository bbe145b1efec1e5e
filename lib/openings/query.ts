import { z } from "zod";
import { CURSOR_MAX_LENGTH, HORIZON_VALUES, MAX_PAGE, Q_MAX_LENGTH, TIER_VALUES } from "@/lib/roles/constants";
import { CONTROL_CHARS, exactFlag, keyword, multi, once, paramsRecord, type QueryIssue, queryIssues, type RawParams, wholeNumber } from "@/lib/query/params";
import {
  CITY_MAX,
  EMPLOYMENT_TYPES,
  effectiveOpeningSort,
  EXPERIENCE_FILTER_VALUES,
  MULTI_MAX,
  OPENING_QUERY_KEYS,
  OPENING_SORTS,
  OPENINGS_MAX_PAGE_SIZE,
  OPENINGS_PAGE_SIZE,
  POSTED_WITHIN_DAYS,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from "./constants";
import { decodeOpeningCursor, encodeOpeningCursor, type OpeningCursor } from "./cursor";

/**
 * The public query contract for current openings (published, not deleted, not expired). The jobs page
 * `/[locale]/jobs`, `GET /api/openings` and the openings feeds parse their URL parameters with `parseOpeningQuery`
 * and pass the result to `listCurrentOpenings` (lib/openings/data.ts).
 *
 * Parameters (all optional; an empty value counts as absent; repeatable ones are OR inside, AND with the others):
 *   tier, horizon   repeatable: the role's skill tier / emergence horizon (as on the roles page)
 *   role            repeatable: role slugs
 *   city            repeatable: a city name as shown (case, accents and full-width forms fold)
 *   workplace       repeatable: on-site, hybrid, remote
 *   employment      repeatable: full-time, part-time, contract, temporary, internship
 *   experience      repeatable: entry, mid, senior, lead, unspecified
 *   salaryMin       whole number: pay at least this much per `period` in `currency` (both required with it);
 *                   compared as yearly amounts (hour × 2080, day × 260, month × months of pay)
 *   currency        ISO 4217 code (upper or lower case), for salaryMin and sort=salary
 *   period          hour, day, month or year (default year), for salaryMin (ignored without it, since the jobs
 *                   page's form always sends one)
 *   salaryUnknown   "include": with salaryMin, also list openings that state no salary
 *   posted          1, 7 or 30: posted within that many days
 *   q               keyword, the same search as roles (both languages; titles, employer, cities, descriptions)
 *   sort            newest (default), relevance (default while q is set), salary (highest first; needs currency)
 *   page, pageSize, cursor   as for roles
 */

const isCurrency = (code: string) => {
  try {
    return (Intl.supportedValuesOf("currency") as string[]).includes(code);
  } catch {
    return /^[A-Z]{3}$/.test(code);
  }
};

const list = <T extends z.ZodType>(name: string, item: T) =>
  z.array(item).max(MULTI_MAX, `${name} may be given at most ${MULTI_MAX} times`).default([]);

/** The URL parameters as given (exported for the OpenAPI document, generated from this very schema). */
export const rawOpeningQuerySchema = z.strictObject(
  {
    tier: multi("tier", TIER_VALUES).meta({ description: "The role's skill tier; repeat to select several (OR)." }),
    horizon: multi("horizon", HORIZON_VALUES).meta({ description: "The role's emergence horizon; repeat to select several (OR)." }),
    role: list(
      "role",
      z.string().max(120, "role must be a role's slug").regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "role must be a role's slug (lowercase letters, digits and hyphens)"),
    ).transform((v) => [...new Set(v)]).meta({ description: "Role slug; repeat to select several (OR)." }),
    city: list(
      "city",
      z
        .string()
        .refine((s) => !CONTROL_CHARS.test(s), "city must not contain control characters")
        .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
        .refine((s) => s.length > 0 && [...s].length <= CITY_MAX, `city must be 1 to ${CITY_MAX} characters`),
    ).transform((v) => [...new Set(v)]).meta({ description: `City as shown on openings (at most ${CITY_MAX} characters); repeat for several (OR).` }),
    workplace: multi("workplace", WORKPLACE_TYPES).meta({ description: "Workplace type; repeat to select several (OR)." }),
    employment: multi("employment", EMPLOYMENT_TYPES).meta({ description: "Employment type; repeat to select several (OR)." }),
    experience: multi("experience", EXPERIENCE_FILTER_VALUES).meta({ description: "Experience level (unspecified: not stated); repeatable (OR)." }),
    salaryMin: wholeNumber("salaryMin", 0, 1_000_000_000).optional().meta({ description: "Pay at least this much per period, in currency." }),
    currency: once("currency")
      .transform((s) => s.trim().toUpperCase())
      .refine((s) => /^[A-Z]{3}$/.test(s) && isCurrency(s), "currency must be an ISO 4217 code such as CNY or USD")
      .optional()
      .meta({ description: "ISO 4217 currency of salaryMin and of sort=salary." }),
    period: z
      .enum(SALARY_PERIODS, {
        error: (iss) => (Array.isArray(iss.input) ? "period may be given only once" : `period must be one of ${SALARY_PERIODS.join(", ")}`),
      })
      .optional()
      .meta({ description: "The period salaryMin is per (default year)." }),
    salaryUnknown: z
      .literal("include", { error: 'salaryUnknown must be "include" (or left out)' })
      .optional()
      .meta({ description: 'With salaryMin: "include" also lists openings that state no salary.' }),
    posted: z
      .enum(POSTED_WITHIN_DAYS, {
        error: (iss) => (Array.isArray(iss.input) ? "posted may be given only once" : `posted must be one of ${POSTED_WITHIN_DAYS.join(", ")} (days)`),
      })
      .optional()
      .meta({ description: "Posted within this many days." }),
    q: keyword("q", Q_MAX_LENGTH).meta({ description: `Keyword (at most ${Q_MAX_LENGTH} characters).`, maxLength: Q_MAX_LENGTH }),
    exact: exactFlag("exact"),
    page: wholeNumber("page", 1, MAX_PAGE).optional().meta({ description: `Page number 1–${MAX_PAGE} (default 1); not with cursor.` }),
    pageSize: wholeNumber("pageSize", 1, OPENINGS_MAX_PAGE_SIZE)
      .default(OPENINGS_PAGE_SIZE)
      .meta({ description: `Openings per page, 1–${OPENINGS_MAX_PAGE_SIZE} (default ${OPENINGS_PAGE_SIZE}).` }),
    sort: z
      .enum(OPENING_SORTS, {
        error: (iss) => (Array.isArray(iss.input) ? "sort may be given only once" : `sort must be one of ${OPENING_SORTS.join(", ")}`),
      })
      .optional()
      .meta({ description: "newest (default), relevance (default while q is set) or salary (highest first; needs currency)." }),
    cursor: once("cursor")
      .max(CURSOR_MAX_LENGTH, "cursor is not valid; start again from the first page")
      .transform((raw, ctx) => {
        const c = decodeOpeningCursor(raw);
        if (!c) ctx.addIssue({ code: "custom", message: "cursor is not valid; start again from the first page" });
        return c as OpeningCursor;
      })
      .optional()
      .meta({ description: "Opaque keyset cursor: a previous answer's nextCursor; not together with page." }),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? "unknown parameter" : undefined) },
);

export const openingQuerySchema = rawOpeningQuerySchema.transform((raw, ctx) => {
  const sort = effectiveOpeningSort(raw.sort, raw.q);
  if (raw.cursor && raw.page !== undefined) ctx.addIssue({ code: "custom", path: ["cursor"], message: "cursor and page cannot be used together; give one" });
  if (raw.cursor && raw.cursor.sort !== sort) {
    ctx.addIssue({ code: "custom", path: ["cursor"], message: `cursor was made for sort=${raw.cursor.sort}, not sort=${sort}; start again from the first page` });
  }
  if (raw.salaryMin !== undefined && !raw.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "salaryMin needs currency (an ISO 4217 code such as CNY)" });
  if (sort === "salary" && !raw.currency) ctx.addIssue({ code: "custom", path: ["currency"], message: "sort=salary needs currency (an ISO 4217 code such as CNY)" });
  return {
    tier: raw.tier,
    horizon: raw.horizon,
    role: raw.role,
    city: raw.city,
    workplace: raw.workplace,
    employment: raw.employment,
    experience: raw.experience,
    salaryMin: raw.salaryMin ?? null,
    currency: raw.currency ?? null,
    period: raw.period ?? "year",
    salaryUnknown: raw.salaryUnknown === "include" && raw.salaryMin !== undefined,
    posted: raw.posted ? Number(raw.posted) : null,
    q: raw.q,
    exact: raw.exact ?? false,
    sort,
    page: raw.cursor?.page ?? raw.page ?? 1,
    pageSize: raw.pageSize,
    cursor: raw.cursor ?? null,
  };
});

export type OpeningQuery = z.output<typeof openingQuerySchema>;
export type ParsedOpeningQuery = { ok: true; query: OpeningQuery } | { ok: false; issues: QueryIssue[]; query: OpeningQuery };

/** Every current opening, newest first, first page. */
export const DEFAULT_OPENING_QUERY: OpeningQuery = openingQuerySchema.parse({});

const REPEATABLE = ["tier", "horizon", "role", "city", "workplace", "employment", "experience"];

/**
 * Parses URL parameters (URLSearchParams or Next's `searchParams`) into an OpeningQuery. Never throws: on failure
 * `ok: false` with one English issue per offending parameter and the default query, so a page can still list.
 */
export function parseOpeningQuery(params: RawParams): ParsedOpeningQuery {
  const result = openingQuerySchema.safeParse(paramsRecord(params, REPEATABLE));
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, issues: queryIssues(result.error.issues, OPENING_QUERY_KEYS), query: DEFAULT_OPENING_QUERY };
}

/**
 * A query as URL parameters in the canonical order (OPENING_QUERY_KEYS), leaving out defaults (newest or, with a
 * keyword, relevance; period year; page 1). A cursor is written instead of the page when given.
 */
export function openingQueryToSearchParams(query: Partial<OpeningQuery>): URLSearchParams {
  const sp = new URLSearchParams();
  for (const key of ["tier", "horizon", "role", "city", "workplace", "employment", "experience"] as const) {
    for (const v of query[key] ?? []) sp.append(key, v);
  }
  if (query.salaryMin !== null && query.salaryMin !== undefined) sp.set("salaryMin", String(query.salaryMin));
  if (query.currency) sp.set("currency", query.currency);
  if (query.salaryMin !== null && query.salaryMin !== undefined && query.period && query.period !== "year") sp.set("period", query.period);
  if (query.salaryUnknown && query.salaryMin !== null && query.salaryMin !== undefined) sp.set("salaryUnknown", "include");
  if (query.posted) sp.set("posted", String(query.posted));
  if (query.q) sp.set("q", query.q);
  if (query.q && query.exact) sp.set("exact", "1");
  const q = query.q ?? "";
  if (query.sort && effectiveOpeningSort(query.sort, q) !== effectiveOpeningSort(undefined, q)) sp.set("sort", query.sort);
  if (query.pageSize && query.pageSize !== OPENINGS_PAGE_SIZE) sp.set("pageSize", String(query.pageSize));
  if (query.cursor) sp.set("cursor", encodeOpeningCursor(query.cursor));
  else if (query.page && query.page !== 1) sp.set("page", String(query.page));
  return sp;
}

/** `?a=b` for a non-empty query, "" otherwise; for building links. */
export function openingQueryString(query: Partial<OpeningQuery>): string {
  const s = openingQueryToSearchParams(query).toString();
  return s ? `?${s}` : "";
}
