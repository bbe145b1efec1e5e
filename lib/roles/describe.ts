import type { AppLocale } from "@/lib/i18n/routing";
import { formatter, translator } from "@/lib/i18n/translator";
import type { RoleQuery } from "./query";

/**
 * Describes the active filters in words for the empty state and feed titles, in `locale`
 * ("tier: Low to medium or Medium to high; keyword “x”"); "" when nothing is filtered. Pure; works outside a
 * request (feeds).
 */
export function describeFilters(query: RoleQuery, locale: AppLocale): string {
  const t = translator(locale);
  const or = (values: string[]) => formatter(locale).list(values, { type: "disjunction" });
  const parts: string[] = [];
  if (query.tier.length) parts.push(t("browse.describe.tier", { values: or(query.tier.map((v) => t(`common.tier.${v}`))) }));
  if (query.horizon.length) parts.push(t("browse.describe.horizon", { values: or(query.horizon.map((v) => t(`common.horizon.${v}`))) }));
  if (query.q) parts.push(t("browse.describe.keyword", { q: query.q }));
  return parts.join(locale === "zh" ? "；" : "; ");
}
