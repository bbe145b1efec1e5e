import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { COMPARE_MAX, COMPARE_MIN } from "./compare";
import { MAX_PAGE, MAX_PAGE_SIZE, Q_MAX_LENGTH, type QueryIssue } from "./query";

/** Parameters with their own explanation in `common.queryIssue.*`; any other name is an unknown parameter. */
const EXPLAINED = ["tier", "horizon", "q", "exact", "page", "pageSize", "sort", "cursor", "status", "roles"] as const;
type Explained = (typeof EXPLAINED)[number];

/**
 * A URL-parameter issue as a page shows it, in plain words of the page's language. Input: an issue from
 * parseRoleQuery, parseAdminRoleQuery or parseCompareQuery (its `message` is the API's precise, machine-oriented
 * English text, which names the raw parameter). Output: what the parameter accepts, said for a reader
 * (`common.queryIssue.<parameter>`, no parameter names or raw values), and its BCP 47 language. Pure; never throws.
 */
export function localizeIssue(issue: QueryIssue, locale: AppLocale): { text: string; lang: string } {
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
  return { text, lang: locale === "zh" ? "zh-CN" : "en" };
}

/**
 * The `message` of a 400 answer for invalid role parameters (GET /api/roles, the role feeds): one plain English
 * sentence per distinct problem, for a person reading the response. The `issues` beside it keep the precise,
 * machine-readable texts. Pure.
 */
export function plainIssuesMessage(issues: readonly QueryIssue[]): string {
  return joinPlain(issues.map((i) => localizeIssue(i, "en").text));
}

/** "Some parameters are not valid." followed by each distinct text once. */
export function joinPlain(texts: readonly string[]): string {
  return ["Some parameters are not valid.", ...new Set(texts)].join(" ");
}
