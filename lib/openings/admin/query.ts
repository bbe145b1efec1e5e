import { z } from "zod";
import { Q_MAX_LENGTH } from "@/lib/roles/constants";
import { ADMIN_STATUS_VALUES, type AdminStatusValue } from "@/lib/roles/admin/query";
import { CONTROL_CHARS } from "@/lib/query/params";

/**
 * The admin openings list's query (`/admin/openings`), from URL parameters, all optional:
 *   status   repeatable: draft | review | published | archived | deleted (as the roles' admin list: none ticked =
 *            every state except deleted; "deleted" = soft-deleted openings, whatever their state)
 *   q        keyword: the public search (titles, employer, cities, descriptions, both languages)
 *   role     a role's slug: only that role's openings
 *   page     1, 2, … (ADMIN_OPENINGS_PAGE_SIZE a page, most recently changed first)
 * An invalid value is dropped (the list then shows as if it were absent), as in the audit log's filters.
 */

export const ADMIN_OPENINGS_PAGE_SIZE = 50;

const keyword = z
  .string()
  .max(Q_MAX_LENGTH * 4)
  .refine((s) => !CONTROL_CHARS.test(s))
  .transform((s) => s.normalize("NFC").replace(/\s+/gu, " ").trim())
  .refine((s) => [...s].length <= Q_MAX_LENGTH);

const schema = z.object({
  status: z.array(z.string()).transform((list) => ADMIN_STATUS_VALUES.filter((v) => list.includes(v))),
  q: keyword.catch(""),
  role: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export interface AdminOpeningQuery {
  status: AdminStatusValue[];
  q: string;
  role?: string;
  page: number;
}

/** Parses the admin openings list's parameters (Next's searchParams); never throws. */
export function parseAdminOpeningQuery(params: Record<string, string | string[] | undefined>): AdminOpeningQuery {
  const all = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== "");
  const first = (v: string | string[] | undefined) => all(v)[0];
  return schema.parse({ status: all(params.status), q: first(params.q) ?? "", role: first(params.role), page: first(params.page) ?? 1 });
}

/** URL parameters of an admin openings query, defaults left out ("" when none; else "?…"). */
export function adminOpeningQueryString(query: Partial<AdminOpeningQuery>): string {
  const sp = new URLSearchParams();
  if (query.q) sp.set("q", query.q);
  if (query.role) sp.set("role", query.role);
  for (const s of query.status ?? []) sp.append("status", s);
  if (query.page && query.page > 1) sp.set("page", String(query.page));
  const s = sp.toString();
  return s ? `?${s}` : "";
}
