// Values and limits of the role query contract, free of zod so client components can import them cheaply.
// The contract itself (parsing, messages) is lib/roles/query.ts.

/** Skill tier as spelled in URLs and JSON; "unspecified" = the source gives no tier. */
export const TIER_VALUES = ["low-to-medium", "medium-to-high", "unspecified"] as const;
/** Emergence horizon as spelled in URLs and JSON; "unspecified" = the source gives no horizon. */
export const HORIZON_VALUES = ["5-year", "10-year", "unspecified"] as const;
/** "relevance" is the default while a keyword is set; without one it sorts by title. */
export const SORT_VALUES = ["relevance", "title", "newest"] as const;
/** The sort when none is given and there is no keyword. */
export const DEFAULT_SORT: SortValue = "title";

/**
 * The sort a query actually uses: the requested one, else "relevance" while there is a keyword and DEFAULT_SORT
 * otherwise; "relevance" without a keyword falls back to DEFAULT_SORT. One rule for the parser, for links and
 * for the browser's form submit.
 */
export function effectiveSort(requested: SortValue | undefined, q: string): SortValue {
  if (requested === "relevance" && !q) return DEFAULT_SORT;
  return requested ?? (q ? "relevance" : DEFAULT_SORT);
}
/**
 * What a sort <select> should show for a query: "" (the "best match" choice, which submits no sort) when the query
 * uses its keyword's default order, else the explicit sort. Then a no-JS form never sends a sort the reader did not
 * pick: typing a keyword into a form that shows the default ranks by relevance, as with JavaScript.
 */
export function sortFieldValue(sort: SortValue, q: string): "" | SortValue {
  return sort === effectiveSort(undefined, q) ? "" : sort;
}
/** The sorts a form offers besides "" (best match / the default): relevance is what "" means while searching. */
export const SORT_CHOICES = SORT_VALUES.filter((s) => s !== "relevance");
/** 24 fills the two- and three-column grids evenly and shows the whole seeded catalogue (21 roles) on one page. */
export const DEFAULT_PAGE_SIZE = 24;
export const MAX_PAGE_SIZE = 100;
/** Far beyond any real catalogue; keeps OFFSET arithmetic small. */
export const MAX_PAGE = 100_000;
export const Q_MAX_LENGTH = 200;

export type TierValue = (typeof TIER_VALUES)[number];
export type HorizonValue = (typeof HORIZON_VALUES)[number];
export type SortValue = (typeof SORT_VALUES)[number];

/** Every parameter of the contract, in the order links are written. */
export const QUERY_KEYS = ["tier", "horizon", "q", "exact", "sort", "pageSize", "page", "cursor"] as const;
/** Opaque keyset cursors are short; anything longer is not one of ours. */
export const CURSOR_MAX_LENGTH = 512;
export { MAX_SEARCH_TERMS } from "@/lib/search/terms";

/** How many roles /compare shows side by side (the contract is lib/roles/compare.ts). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
