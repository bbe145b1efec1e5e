import type { HorizonValue, SortValue, TierValue } from "./query";

/** Display labels for facet values: English, then the source article's Chinese wording. */
export const TIER_LABELS: Record<TierValue, { en: string; zh: string }> = {
  "low-to-medium": { en: "Low to medium", zh: "低到中等" },
  "medium-to-high": { en: "Medium to high", zh: "中到高等" },
  unspecified: { en: "Not specified", zh: "未注明" },
};

export const HORIZON_LABELS: Record<HorizonValue, { en: string; zh: string }> = {
  "5-year": { en: "Within 5 years", zh: "未来5年" },
  "10-year": { en: "Within 10 years", zh: "未来10年" },
  unspecified: { en: "Not specified", zh: "未注明" },
};

export const SORT_LABELS: Record<SortValue, string> = {
  relevance: "Best match",
  title: "Title (A–Z)",
  newest: "Newest first",
};
