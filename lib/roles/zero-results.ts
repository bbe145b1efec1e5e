import "server-only";
import { zeroResultHelp } from "@/lib/search/zero-results";
import { listPublishedRoles } from "./data";
import type { RoleQuery } from "./query";
import type { RoleListResult } from "./types";

/** A filter of the roles' browse page that can be dropped. */
export type RoleDropFilter = "tier" | "horizon" | "q";

/**
 * What to do when the browse query `query` gave no roles (`result` is its answer): how many published roles each
 * active filter's removal would give (tier and horizon from the answer's facet counts, which apply every other
 * filter; the keyword by counting without it) and the keyword's spelling correction if it has results. Throws on
 * database errors.
 */
export function roleZeroResultHelp(query: RoleQuery, result: Pick<RoleListResult, "facets">) {
  const first = { page: 1, cursor: null } as const;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const total = async (q: RoleQuery) => (await listPublishedRoles({ ...q, pageSize: 1 })).total;
  const drops: { filter: RoleDropFilter; query: RoleQuery; count: number | (() => Promise<number>) }[] = [];
  if (query.tier.length) drops.push({ filter: "tier", query: { ...query, ...first, tier: [] }, count: sum(result.facets.tier) });
  if (query.horizon.length) drops.push({ filter: "horizon", query: { ...query, ...first, horizon: [] }, count: sum(result.facets.horizon) });
  if (query.q) {
    const without = { ...query, ...first, q: "", exact: false, sort: query.sort === "relevance" ? ("title" as const) : query.sort };
    drops.push({ filter: "q", query: without, count: () => total(without) });
  }
  return zeroResultHelp(query, drops, (q) => total({ ...q, ...first }));
}
