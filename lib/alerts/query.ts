import { type OpeningQuery, openingQueryString, openingQueryToSearchParams, parseOpeningQuery } from "@/lib/openings/query";
import type { QueryIssue } from "@/lib/query/params";

/*
 * An alert's search is the jobs contract's parsed query (lib/openings/query.ts) without what only concerns one page
 * of results (page, pageSize, cursor, sort): the filters. Stored as JSON; read back through the same contract, so
 * a stored search the contract no longer accepts is noticed instead of silently widening.
 */

/** The filters of an OpeningQuery, as stored in alert_subscriptions.query. */
export type AlertQuery = Omit<OpeningQuery, "page" | "pageSize" | "cursor" | "sort">;

/** The filters of a parsed query (drops page, pageSize, cursor, sort). Pure. */
export function alertQueryOf(query: OpeningQuery): AlertQuery {
  const { page: _page, pageSize: _size, cursor: _cursor, sort: _sort, ...filters } = query;
  return filters;
}

/**
 * Parses a jobs search as the subscribe form carries it (the jobs page's URL query string, without "?").
 * Output: the filters, or the contract's issues (English, per parameter) when it refuses the search. Pure.
 */
export function parseAlertSearch(search: string): { ok: true; query: AlertQuery } | { ok: false; issues: QueryIssue[] } {
  const parsed = parseOpeningQuery(new URLSearchParams(search));
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  return { ok: true, query: alertQueryOf(parsed.query) };
}

/**
 * A stored search (JSON from the database) as a full OpeningQuery for lib/openings/data.ts, re-parsed through the
 * contract; null when the contract refuses it. Newest first, the most a digest lists (50). Pure.
 */
export function storedAlertQuery(stored: unknown): OpeningQuery | null {
  if (!stored || typeof stored !== "object") return null;
  const sp = openingQueryToSearchParams(stored as Partial<OpeningQuery>);
  sp.delete("sort");
  sp.set("pageSize", "50");
  const parsed = parseOpeningQuery(sp);
  if (!parsed.ok) return null;
  return { ...parsed.query, sort: "newest" };
}

/** The jobs page's query string ("?…" or "") for a stored search: links in mails and the manage page. Pure. */
export function alertSearchString(stored: unknown): string {
  const q = storedAlertQuery(stored);
  return q ? openingQueryString(alertQueryOf(q)) : "";
}
