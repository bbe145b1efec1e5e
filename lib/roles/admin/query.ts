import { z } from "zod";
import { DEFAULT_ROLE_QUERY, parseRoleQuery, type QueryIssue, type RoleQuery, roleQueryToSearchParams } from "@/lib/roles/query";

/**
 * The admin list's query contract: the public one (lib/roles/query.ts: tier, horizon, q, page, pageSize, sort),
 * parsed by the same parseRoleQuery with the same messages, plus a repeatable `status`:
 *   status   draft | review | published | archived | deleted; OR inside the parameter, AND with the others.
 *            None selected = every state except deleted. "deleted" = soft-deleted listings, whatever their state.
 */

export const ADMIN_STATUS_VALUES = ["draft", "review", "published", "archived", "deleted"] as const;
export type AdminStatusValue = (typeof ADMIN_STATUS_VALUES)[number];

const statusSchema = z
  .array(
    z.enum(ADMIN_STATUS_VALUES, {
      error: (iss) => `status must be one of ${ADMIN_STATUS_VALUES.join(", ")} (got "${String(iss.input).slice(0, 40)}")`,
    }),
  )
  .transform((list) => ADMIN_STATUS_VALUES.filter((v) => list.includes(v)));

/** The admin query: the public contract plus the selected statuses (canonical order). */
export type AdminRoleQuery = RoleQuery & { status: AdminStatusValue[] };

export type ParsedAdminRoleQuery =
  | { ok: true; query: AdminRoleQuery }
  | { ok: false; issues: QueryIssue[]; query: AdminRoleQuery };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Parses the admin list's URL parameters. Never throws: on failure `ok: false`, one issue per offending parameter,
 * and the default query (everything but deleted listings) in `query`.
 */
export function parseAdminRoleQuery(params: RawParams): ParsedAdminRoleQuery {
  const rest = new URLSearchParams();
  const statuses: string[] = [];
  const entries: [string, string][] =
    params instanceof URLSearchParams
      ? [...params]
      : Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((x): [string, string] => [k, x])));
  for (const [k, v] of entries) {
    if (k === "status") {
      if (v !== "") statuses.push(v);
    } else rest.append(k, v);
  }
  const publicPart = parseRoleQuery(rest);
  const status = statusSchema.safeParse(statuses);
  const issues = [...(publicPart.ok ? [] : publicPart.issues)];
  if (!status.success) issues.push({ parameter: "status", message: status.error.issues[0]?.message ?? "invalid status" });
  if (!publicPart.ok || !status.success) return { ok: false, issues, query: { ...DEFAULT_ROLE_QUERY, status: [] } };
  return { ok: true, query: { ...publicPart.query, status: status.data } };
}

/** URL parameters of an admin query, defaults left out, in a stable order (status last before paging). */
export function adminRoleQueryString(query: Partial<AdminRoleQuery>): string {
  const sp = roleQueryToSearchParams(query);
  for (const s of query.status ?? []) sp.append("status", s);
  const s = sp.toString();
  return s ? `?${s}` : "";
}

/** The rows an admin query covers, as listRoles' scope. */
export function adminScope(status: readonly AdminStatusValue[]) {
  const live = status.filter((s) => s !== "deleted") as ("draft" | "review" | "published" | "archived")[];
  const deleted = status.includes("deleted");
  return { statuses: live.length || deleted ? live : (["draft", "review", "published", "archived"] as const), deleted };
}
