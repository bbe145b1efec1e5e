import "server-only";
import { correctKeyword } from "./spelling";

/** One way out of an empty result: drop this filter (or keyword) and get `count` results. */
export interface DropOption<F extends string, Q> {
  filter: F;
  count: number;
  /** The query without that filter (first page). */
  query: Q;
}

/** The keyword's spelling correction and how many results it gives with the other filters. */
export interface SpellingOption<Q> {
  q: string;
  count: number;
  query: Q;
}

/**
 * Zero-results help, shared by roles and openings: for each active filter, the results the query would give
 * without it (`counts`, each from the facet counts where a filter has one value per row, else by counting), the
 * options with results first by count, and the keyword's spelling correction when it has results under the
 * current filters (the case `exact=1` or a correction the list itself did not apply). Throws on database errors.
 */
export async function zeroResultHelp<F extends string, Q extends { q: string; exact: boolean }>(
  query: Q,
  drops: readonly { filter: F; query: Q; count: number | (() => Promise<number>) }[],
  total: (query: Q) => Promise<number>,
): Promise<{ drops: DropOption<F, Q>[]; spelling: SpellingOption<Q> | null }> {
  const [counted, spelling] = await Promise.all([
    Promise.all(drops.map(async (d) => ({ filter: d.filter, query: d.query, count: typeof d.count === "number" ? d.count : await d.count() }))),
    (async () => {
      if (!query.q) return null;
      const q = await correctKeyword(query.q);
      if (q === null) return null;
      const corrected = { ...query, q, exact: false };
      const count = await total(corrected);
      return count > 0 ? { q, count, query: corrected } : null;
    })(),
  ]);
  return { drops: counted.filter((d) => d.count > 0).sort((a, b) => b.count - a.count), spelling };
}
