import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { COMPARE_MAX, COMPARE_MIN } from "./compare";
import { MAX_PAGE, MAX_PAGE_SIZE, Q_MAX_LENGTH, type QueryIssue } from "./query";

/** Parameters with their own explanation in `common.queryIssue.*`; any other name is an unknown parameter. */
const EXPLAINED = ["tier", "horizon", "q", "exact", "page", "pageSize", "sort", "cursor", "status", "roles"] as const;
type Explained = (typeof EXPLAINED)[number];

/**
 * A URL-parameter issue as a page shows it, in the page's language. Input: an issue from parseRoleQuery,
 * parseAdminRoleQuery or parseCompareQuery (`message` is the API's precise English text). Output: the text to
 * show and its BCP 47 language. English pages show the precise message as it is; Chinese pages explain what the
 * parameter accepts (`common.queryIssue.<parameter>`), since the precise texts exist only in English (they are
 * the API's error contract). Pure; never throws.
 */
export function localizeIssue(issue: QueryIssue, locale: AppLocale): { text: string; lang: string } {
  if (locale === "en") return { text: issue.message, lang: "en" };
  const t = translator(locale);
  const param = (EXPLAINED as readonly string[]).includes(issue.parameter) ? (issue.parameter as Explained) : null;
  const text = param
    ? t(`common.queryIssue.${param}`, {
        maxPage: MAX_PAGE,
        maxPageSize: MAX_PAGE_SIZE,
        maxLength: Q_MAX_LENGTH,
        min: COMPARE_MIN,
        max: COMPARE_MAX,
      })
    : t("common.queryIssue.unknown");
  return { text, lang: "zh-CN" };
}
