import "server-only";
import { zeroResultHelp } from "@/lib/search/zero-results";
import { listCurrentOpenings } from "./data";
import type { OpeningQuery } from "./query";
import type { OpeningListResult } from "./types";

/** A filter of the jobs page that can be dropped. */
export type OpeningDropFilter =
  | "tier" | "horizon" | "workplace" | "employment" | "experience" | "role" | "city" | "salary" | "posted" | "q";

/**
 * What to do when the jobs query `query` gave no current openings (`result` is its answer, `now` its clock): how
 * many each active filter's removal would give, and the keyword's spelling correction if it has results. Tier,
 * horizon, workplace, employment and experience come from the answer's facet counts (one value per opening, each
 * facet counted with every other filter); role, city (an opening may have several; the facet lists are capped),
 * salary, posted and the keyword by counting without them. Throws on database errors.
 */
export function openingZeroResultHelp(query: OpeningQuery, result: Pick<OpeningListResult, "facets">, now: Date = new Date()) {
  const first = { page: 1, cursor: null } as const;
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const total = async (q: OpeningQuery) => (await listCurrentOpenings({ ...q, pageSize: 1 }, now)).total;
  const drops: { filter: OpeningDropFilter; query: OpeningQuery; count: number | (() => Promise<number>) }[] = [];
  const facet = (filter: "tier" | "horizon" | "workplace" | "employment" | "experience") => {
    if (query[filter].length) drops.push({ filter, query: { ...query, ...first, [filter]: [] }, count: sum(result.facets[filter]) });
  };
  const counted = (filter: OpeningDropFilter, active: boolean, without: OpeningQuery) => {
    if (active) drops.push({ filter, query: without, count: () => total(without) });
  };
  facet("tier");
  facet("horizon");
  facet("workplace");
  facet("employment");
  facet("experience");
  counted("role", query.role.length > 0, { ...query, ...first, role: [] });
  counted("city", query.city.length > 0, { ...query, ...first, city: [] });
  counted("salary", query.salaryMin !== null, { ...query, ...first, salaryMin: null, salaryUnknown: false });
  counted("posted", query.posted !== null, { ...query, ...first, posted: null });
  counted("q", query.q !== "", { ...query, ...first, q: "", exact: false, sort: query.sort === "relevance" ? "newest" : query.sort });
  return zeroResultHelp(query, drops, (q) => total({ ...q, ...first }));
}
