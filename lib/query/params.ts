import { z } from "zod";

/*
 * Building blocks of the public query contracts (roles: lib/roles/query.ts, openings: lib/openings/query.ts): URL
 * parameters as zod schemas with the API's English messages, and the conversion of URLSearchParams or Next's
 * `searchParams` into the record those schemas parse. One behaviour for every list, page, API and feed.
 */

/** C0/C1 control characters other than whitespace cannot be meant, and NUL cannot be stored by Postgres. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/** A single text parameter (given twice → "may be given only once"). */
export const once = (name: string) =>
  z.string({
    error: (iss) => (Array.isArray(iss.input) ? `${name} may be given only once` : `${name} must be text`),
  });

/** A whole number from `min` to `max`, written in digits. */
export const wholeNumber = (name: string, min: number, max: number) =>
  once(name)
    .regex(/^[0-9]{1,10}$/, `${name} must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${name} must be a whole number from ${min} to ${max}`)
        .max(max, `${name} must be a whole number from ${min} to ${max}`),
    )
    // What the OpenAPI document declares, so the spec and the parser agree on the bounds.
    .meta({ type: "integer", minimum: min, maximum: max });

/** A repeatable choice among `values` (OR), kept in the canonical order so equal selections give equal URLs. */
export const multi = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z
    .array(
      z.enum(values, {
        error: (iss) => `${name} must be one of ${values.join(", ")} (got "${truncate(String(iss.input))}")`,
      }),
    )
    .transform((list) => values.filter((v) => list.includes(v)) as T[number][])
    .default([]);

/** A keyword of at most `max` characters after white space is collapsed; no control characters. */
export const keyword = (name: string, max: number) =>
  once(name)
    .max(max * 4, `${name} must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), `${name} must not contain control characters`)
    .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
    .refine((s) => [...s].length <= max, `${name} must be at most ${max} characters`)
    .default("");

/**
 * `exact=1`: match the keyword as typed, without the spelling suggestion a keyword with no results otherwise
 * gets (lib/search/spelling.ts). The "search for … instead" link sets it.
 */
export const exactFlag = (name: string) =>
  once(name)
    .refine((s) => s === "1", `${name} must be 1`)
    .transform(() => true)
    .optional()
    .meta({ enum: ["1"], description: "1: match the keyword exactly as typed, with no spelling suggestion (default: a keyword finding nothing is corrected when one edit finds results)." });

/** Raw URL parameters: a URLSearchParams or Next's `searchParams` object. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * The parameters as a record for a contract's zod schema: empty values dropped; names in `repeatable` always as
 * arrays; other names as a string, or an array when given twice (which the schema then refuses).
 */
export function paramsRecord(params: RawParams, repeatable: readonly string[]): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const add = (key: string, value: string) => {
    if (value === "") return;
    const prev = out[key];
    if (repeatable.includes(key)) out[key] = [...((prev as string[] | undefined) ?? []), value];
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

/** At most `n` characters of `s`, with an ellipsis when cut: for echoing input in messages. */
export function truncate(s: string, n = 40): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** One problem with one URL parameter, as shown to users and returned in 400 responses. */
export interface QueryIssue {
  parameter: string;
  message: string;
}

/**
 * The issues of a failed parse, one per parameter (the first is the most basic): unknown parameters named with
 * the allowed ones. Input: zod's issues and the contract's parameter names.
 */
export function queryIssues(zodIssues: readonly z.core.$ZodIssue[], allowed: readonly string[]): QueryIssue[] {
  const issues: QueryIssue[] = [];
  for (const issue of zodIssues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ parameter: truncate(key), message: `unknown parameter "${truncate(key)}" (allowed: ${allowed.join(", ")})` });
      }
    } else {
      issues.push({ parameter: String(issue.path[0] ?? "query"), message: issue.message });
    }
  }
  const seen = new Set<string>();
  return issues.filter((i) => (seen.has(i.parameter) ? false : (seen.add(i.parameter), true)));
}

/** Parameters that choose how a list is shown, not which items: left out of activeFilters' count. */
const VIEW_KEYS = new Set(["sort", "page", "pageSize", "cursor", "period", "currency", "salaryUnknown"]);

/**
 * How many filter values a canonical query string selects (each repeated value counts once; order, paging and
 * the salary period do not count). For the "Filters (n active)" summary of components/ui/filters-panel.tsx.
 */
export function activeFilters(params: URLSearchParams): number {
  let n = 0;
  for (const key of params.keys()) if (!VIEW_KEYS.has(key)) n++;
  return n;
}
