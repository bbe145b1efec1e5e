import type { SpellingCorrection } from "@/lib/search/spelling";
import type { HorizonValue, TierValue } from "./query";

/** A role as listed on the browse page and in `GET /api/roles` items. */
export interface RoleListItem {
  slug: string;
  titleEn: string;
  titleZh: string;
  tier: TierValue;
  horizon: HorizonValue;
  summaryEn: string;
  summaryZh: string;
}

/** A published role in full, for its own page and `GET /api/roles/[slug]`. */
export interface RoleDetail extends RoleListItem {
  descriptionEn: string;
  descriptionZh: string;
  /** Summaries and descriptions written by our editors ("editorial") or quoted from the source ("source"). */
  contentOrigin: "editorial" | "source";
  sourceName: string | null;
  /** ISO 8601 timestamps. */
  publishedAt: string | null;
  updatedAt: string;
}

/** Counts per facet value, each computed with every *other* active filter applied. */
export interface RoleFacets {
  tier: Record<TierValue, number>;
  horizon: Record<HorizonValue, number>;
}

/** A list item with its place in the "newest" order: publication time, else creation time (ISO 8601). */
export interface RoleListEntry extends RoleListItem {
  listedAt: string;
}

/** A published role's slug and last change (ISO 8601), for the sitemap. */
export interface RoleStamp {
  slug: string;
  updatedAt: string;
}

/** One page of results: the shape of `GET /api/roles`. */
export interface RoleListResult {
  items: RoleListEntry[];
  /** Roles matching all filters, across all pages. */
  total: number;
  page: number;
  pageSize: number;
  facets: RoleFacets;
  /** Pass as `cursor` to get the next page by keyset; null on the last page. */
  nextCursor: string | null;
  /**
   * Set when the keyword as typed found nothing and these results are for a corrected spelling (`q`, typed:
   * `original`); null otherwise. Only the browse page and the API ask for corrections; feeds never get them.
   */
  correction: SpellingCorrection | null;
}
