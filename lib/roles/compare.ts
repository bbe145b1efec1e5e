import { z } from "zod";
import { COMPARE_MAX, COMPARE_MIN } from "./constants";
import type { QueryIssue } from "./query";

/** How many roles /compare shows side by side; defined in ./constants (zod-free, for client components). */
export { COMPARE_MAX, COMPARE_MIN };
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `/compare?roles=a&roles=b`: 2–4 distinct slugs, in the order given (a repeat is dropped). No other parameter.
 * A single `roles=a,b` is also read as a list, since people type it that way.
 */
export const compareQuerySchema = z.strictObject(
  {
    roles: z
      .array(z.string().max(120, "a role slug is at most 120 characters").regex(SLUG, "is not a role slug (lower-case letters, digits and hyphens)"))
      .transform((list) => [...new Set(list)])
      .pipe(
        z
          .array(z.string())
          .min(COMPARE_MIN, `pick at least ${COMPARE_MIN} different roles to compare`)
          .max(COMPARE_MAX, `compare at most ${COMPARE_MAX} roles at a time`),
      ),
  },
  { error: (iss) => (iss.code === "unrecognized_keys" ? "unknown parameter" : undefined) },
);

/**
 * A refused comparison: the precise issues, and what was asked for so a page can say plainly what is wrong:
 * `count` distinct roles given, `malformed` the ones that cannot be slugs, `unknownParams` any other parameter.
 */
export interface RefusedCompareQuery {
  ok: false;
  issues: QueryIssue[];
  count: number;
  malformed: string[];
  unknownParams: string[];
}

export type ParsedCompareQuery = { ok: true; slugs: string[] } | RefusedCompareQuery;

/**
 * Parses /compare's URL parameters; never throws. An absent `roles` is the same issue as too few. On refusal the
 * answer also says how many roles were asked for and which values were not slugs (RefusedCompareQuery).
 */
export function parseCompareQuery(params: Record<string, string | string[] | undefined>): ParsedCompareQuery {
  const raw: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    // Only strings count: a parameter named like an inherited property (`toString`) can arrive merged with a
    // function in Next's searchParams object.
    const strings = (Array.isArray(v) ? v : [v]).filter((s): s is string => typeof s === "string");
    raw[k] = strings.flatMap((s) => (k === "roles" ? s.split(",") : [s])).map((s) => s.trim()).filter(Boolean);
  }
  raw.roles ??= [];
  const r = compareQuerySchema.safeParse(raw);
  if (r.success) return { ok: true, slugs: r.data.roles };
  const issues = r.error.issues.map((i) =>
    i.code === "unrecognized_keys"
      ? { parameter: i.keys.join(", ").slice(0, 40), message: `unknown parameter "${i.keys.join(", ").slice(0, 40)}" (allowed: roles)` }
      : {
          parameter: "roles",
          message:
            i.path.length > 1 ? `"${String(raw.roles?.[Number(i.path[1])] ?? "").slice(0, 40)}" ${i.message}` : i.message,
        },
  );
  const given = [...new Set(raw.roles)];
  return {
    ok: false,
    issues,
    count: given.length,
    malformed: given.filter((s) => s.length > 120 || !SLUG.test(s)).map((s) => s.slice(0, 40)),
    unknownParams: Object.keys(raw).filter((k) => k !== "roles").map((k) => k.slice(0, 40)),
  };
}
